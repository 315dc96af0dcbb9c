import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminTag, Tag } from '../../../../shared/contracts/network-profiles.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { Form } from '../../../ui/form.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { SearchForm } from '../../../ui/search-form.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { AdminPage } from '../../admin/admin-layout.tsx';
import { useAdminTags, useMergeTag } from './profile-queries.ts';
import { TagPicker } from './tag-picker.tsx';
import './profiles.css';

const a = 'networkProfiles.admin';

/** /admin/network-tags: the expertise tags with how often each is used; merging a duplicate into another. */
export function AdminTagsPage() {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [merging, setMerging] = useState<AdminTag | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const tags = useAdminTags(q, offset);
  return (
    <AdminPage title={t(`${a}.title`)} lead={t(`${a}.lead`)}>
      <SearchForm
        region={t(`${a}.searchRegion`)}
        id="admin-tags-q"
        label={t(`${a}.search`)}
        value={typed}
        onChange={setTyped}
        onSearch={() => {
          setQ(typed.trim());
          setOffset(0);
        }}
        submit={t(`${a}.searchSubmit`)}
      />
      {done ? (
        <Alert variant="success" title={t(`${a}.merged`)} role="status">
          <p className="kern-body">{done}</p>
        </Alert>
      ) : null}
      {merging ? (
        <MergeDialog
          tag={merging}
          onClose={(message) => {
            setMerging(null);
            setDone(message);
          }}
        />
      ) : null}
      <Section title={t(`${a}.list`)}>
        {tags.isPending ? (
          <Loading />
        ) : !tags.data ? (
          <ProblemAlert error={tags.error} />
        ) : (
          <>
            <DataTable
              caption={t(`${a}.list`)}
              captionHidden
              rows={tags.data.tags}
              rowKey={(tag) => tag.id}
              empty={t(`${a}.none`)}
              columns={[
                { key: 'name', header: t(`${a}.name`), label: t(`${a}.name`), render: (tag) => tag.name },
                { key: 'key', header: t(`${a}.key`), label: t(`${a}.key`), render: (tag) => <code>{tag.key}</code> },
                {
                  key: 'expertise',
                  header: t(`${a}.expertise`),
                  label: t(`${a}.expertise`),
                  numeric: true,
                  render: (tag) => tag.expertiseCount,
                },
                {
                  key: 'questions',
                  header: t(`${a}.questions`),
                  label: t(`${a}.questions`),
                  numeric: true,
                  render: (tag) => tag.questionCount,
                },
                {
                  key: 'follows',
                  header: t(`${a}.follows`),
                  label: t(`${a}.follows`),
                  numeric: true,
                  render: (tag) => tag.followCount,
                },
                {
                  key: 'merge',
                  header: t(`${a}.actions`),
                  action: true,
                  render: (tag) => (
                    <Button
                      variant="secondary"
                      small
                      onClick={() => {
                        setDone(null);
                        setMerging(tag);
                      }}
                      aria-label={t(`${a}.mergeThis`, { name: tag.name })}
                    >
                      {t(`${a}.merge`)}
                    </Button>
                  ),
                },
              ]}
            />
            <div className="kern-btn-wrapper">
              {offset > 0 ? (
                <Button variant="secondary" onClick={() => setOffset(Math.max(0, offset - 50))}>
                  {t('networkProfiles.finder.previous')}
                </Button>
              ) : null}
              {tags.data.hasMore ? (
                <Button variant="secondary" onClick={() => setOffset(offset + 50)}>
                  {t('networkProfiles.finder.next')}
                </Button>
              ) : null}
            </div>
          </>
        )}
      </Section>
    </AdminPage>
  );
}

function MergeDialog({ tag, onClose }: { tag: AdminTag; onClose: (message: string | null) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors('merge');
  const [name, setName] = useState('');
  const [into, setInto] = useState<Tag | null>(null);
  const merge = useMergeTag();
  return (
    <section className="kern-card kern-card--hug np-merge" aria-labelledby="merge-title">
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h2 className="kern-title" id="merge-title">
            {t(`${a}.mergeTitle`, { name: tag.name })}
          </h2>
        </header>
        <div className="kern-card__body">
          <p className="kern-body">{t(`${a}.mergeText`, { name: tag.name })}</p>
          <Form
            form={form}
            busy={merge.isPending}
            error={merge.error}
            submit={t(`${a}.mergeSubmit`)}
            check={() => ({
              into:
                !into || into.name !== name
                  ? t(`${a}.intoMissing`)
                  : into.id === tag.id
                    ? t(`${a}.intoSame`)
                    : undefined,
            })}
            onValid={() =>
              into &&
              merge.mutate(
                { id: tag.id, into: into.id },
                {
                  onSuccess: (result) =>
                    onClose(
                      t(`${a}.mergedText`, { name: tag.name, into: result.into.name, count: result.movedExpertise }),
                    ),
                  onError: (error) => form.failFromServer(error, ['into']),
                },
              )
            }
          >
            <TagPicker
              id={form.id('into')}
              label={t(`${a}.into`)}
              hint={t(`${a}.intoHint`)}
              error={form.errors.into}
              value={name}
              onChange={setName}
              onPick={setInto}
            />
          </Form>
          <Button variant="tertiary" onClick={() => onClose(null)}>
            {t(`${a}.cancel`)}
          </Button>
        </div>
      </div>
    </section>
  );
}
