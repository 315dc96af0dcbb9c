import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkTargetKind } from '../../../../shared/contracts/documents.ts';
import type { UnifiedHit } from '../../../../shared/contracts/search.ts';
import { Button } from '../../../ui/button.tsx';
import { Combobox } from '../../../ui/combobox.tsx';
import { Form } from '../../../ui/form.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useDocumentCandidates, useLinkDocument, useLinkedDocuments, useUnlinkDocument } from './link-queries.ts';
import './links.css';

/**
 * "Dokumente" of a task or an atlas record: the linked documents the person may read, each with its
 * space, unlinking where they may change the document, and a search to link one more (`canLink`:
 * signed in; the server refuses documents of spaces they only read).
 */
export function LinkedDocumentsSection({ kind, id, canLink }: { kind: LinkTargetKind; id: string; canLink: boolean }) {
  const { t } = useTranslation();
  const linked = useLinkedDocuments(kind, id);
  const unlink = useUnlinkDocument(kind, id);
  const [status, setStatus] = useState('');
  const items = linked.data?.items ?? [];
  return (
    <Section title={t('documentLinks.title')}>
      {linked.isError ? <ProblemAlert error={linked.error} /> : null}
      {linked.isSuccess && items.length === 0 ? <p className="kern-body">{t('documentLinks.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list document-links">
          {items.map(({ item, space }) => (
            <li key={item.id} className="document-links__row">
              <p className="kern-body document-links__name">
                <Link className="kern-link" to="/documents/files/$id" params={{ id: item.id }}>
                  {item.name}
                </Link>{' '}
                <span className="kern-body--small document-links__space">{space.name}</span>
              </p>
              {space.rights.write ? (
                <Button
                  variant="tertiary"
                  small
                  busy={unlink.isPending && unlink.variables === item.id}
                  onClick={() =>
                    unlink.mutate(item.id, {
                      onSuccess: () => setStatus(t('documentLinks.unlinked', { name: item.name })),
                    })
                  }
                >
                  {t('documentLinks.unlink')}
                  <span className="visually-hidden"> ({item.name})</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {unlink.isError ? <ProblemAlert error={unlink.error} /> : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {canLink ? (
        <AddLink kind={kind} id={id} taken={new Set(items.map((i) => i.item.id))} onAdded={setStatus} />
      ) : null}
    </Section>
  );
}

function AddLink({
  kind,
  id,
  taken,
  onAdded,
}: {
  kind: LinkTargetKind;
  id: string;
  taken: ReadonlySet<string>;
  onAdded: (status: string) => void;
}) {
  const { t } = useTranslation();
  const form = useFormErrors(`document-link-${kind}`);
  const link = useLinkDocument(kind, id);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<UnifiedHit | null>(null);
  const candidates = useDocumentCandidates(picked ? '' : text);
  const options = (candidates.data ?? []).filter((hit) => !taken.has(hit.id));
  return (
    <div className="document-links__add">
      <h3 className="kern-heading-small">{t('documentLinks.addTitle')}</h3>
      <Form
        form={form}
        check={() => ({ document: picked ? undefined : t('documentLinks.pickFirst') })}
        onValid={() => {
          if (!picked) return;
          link.mutate(picked.id, {
            onSuccess: () => {
              onAdded(t('documentLinks.linked', { name: picked.title }));
              setPicked(null);
              setText('');
              form.clear();
            },
          });
        }}
        busy={link.isPending}
        error={link.error}
        submit={t('documentLinks.add')}
        submitVariant="secondary"
        submitIcon="add"
      >
        <Combobox<UnifiedHit>
          id={form.id('document')}
          label={t('documentLinks.document')}
          hint={t('documentLinks.documentHint')}
          error={form.errors.document}
          inputValue={text}
          onInputChange={(value) => {
            setText(value);
            if (picked) setPicked(null);
          }}
          options={options}
          optionKey={(option) => option.id}
          optionLabel={(option) => option.title}
          renderOption={(option) => (
            <>
              {option.title} <span className="document-links__space">{option.names?.[0] ?? ''}</span>
            </>
          )}
          onSelect={(option) => {
            setPicked(option);
            setText(option.title);
          }}
          status={
            candidates.isFetching ? t('documentLinks.searching') : t('documentLinks.results', { count: options.length })
          }
        />
      </Form>
    </div>
  );
}
