import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Created, QUESTION_LIMITS } from '../../../../shared/contracts/network-questions.ts';
import { api } from '../../../api/client.ts';
import { createActionKey } from '../../../api/idempotency.ts';
import { Button } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { useDebounced } from '../../organisations/use-debounced.ts';
import { useCommunities } from '../communities/queries.ts';
import { TagPicker } from '../profiles/tag-picker.tsx';
import { MarkdownField } from './markdown-field.tsx';
import { QUESTIONS_KEY, useSimilarQuestions } from './question-queries.ts';
import './questions.css';

const route = getRouteApi('/network/questions/new');
const FIELDS = ['title', 'body', 'communityId', 'tags'];

/** /network/questions/new: ask, with similar questions shown while the title is typed. */
export function AskPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow-page">
      <PageTitle preline={t('networkQuestions.preline')} lead={t('networkQuestions.ask.lead')}>
        {t('networkQuestions.ask.title')}
      </PageTitle>
      <RequireSignIn>{() => <AskForm />}</RequireSignIn>
    </div>
  );
}

function AskForm() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [community, setCommunity] = useState(search.community ?? '');
  const [tags, setTags] = useState<string[]>([]);
  const [typedTag, setTypedTag] = useState('');
  const communities = useCommunities({ mine: true });
  const form = useFormErrors('ask');
  const actionKey = useMemo(() => createActionKey(), []);
  const addTag = (name: string) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean && !tags.some((tag) => tag.toLowerCase() === clean.toLowerCase()) && tags.length < QUESTION_LIMITS.tags) {
      setTags([...tags, clean]);
    }
    setTypedTag('');
  };
  const ask = useMutation({
    mutationFn: () => {
      const payload = { title: title.trim(), body, communityId: community || null, tags };
      return api.post<Created>('/network/questions', payload, { idempotencyKey: actionKey.for(payload) });
    },
    onSuccess: async (created) => {
      actionKey.done();
      await client.invalidateQueries({ queryKey: QUESTIONS_KEY });
      await navigate({ to: '/network/questions/$id', params: { id: created.id } });
    },
    onError: (error) => form.failFromServer(error, FIELDS),
  });
  const postable = (communities.data?.items ?? []).filter((c) => c.myStatus === 'member' && !c.archivedAt);
  return (
    <Form
      form={form}
      check={() => ({ title: title.trim() ? undefined : t('networkQuestions.ask.titleRequired') })}
      onValid={() => ask.mutate()}
      busy={ask.isPending}
      error={ask.error}
      submit={t('networkQuestions.ask.submit')}
    >
      <TextField
        id={form.id('title')}
        label={t('networkQuestions.fields.title')}
        hint={t('networkQuestions.ask.titleHint')}
        value={title}
        onChange={setTitle}
        error={form.errors.title}
        maxLength={QUESTION_LIMITS.title}
        autoComplete="off"
      />
      <SimilarBox title={title} community={community || undefined} />
      <SelectField
        id={form.id('communityId')}
        label={t('networkQuestions.fields.community')}
        value={community}
        onChange={setCommunity}
        error={form.errors.communityId}
        options={[
          { value: '', label: t('networkQuestions.platformWide') },
          ...postable.map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      <MarkdownField
        id={form.id('body')}
        label={t('networkQuestions.fields.body')}
        hint={t('networkQuestions.markdownHint')}
        value={body}
        onChange={setBody}
        error={form.errors.body}
        maxLength={QUESTION_LIMITS.body}
        rows={8}
        optional
      />
      <fieldset className="nq-tag-input">
        <legend className="kern-label">{t('networkQuestions.fields.tags')}</legend>
        {tags.length > 0 ? (
          <ul className="nq-tags">
            {tags.map((tag) => (
              <li key={tag}>
                <span className="nq-tag">{tag}</span>{' '}
                <Button
                  type="button"
                  variant="tertiary"
                  small
                  onClick={() => setTags(tags.filter((x) => x !== tag))}
                  aria-label={t('networkQuestions.ask.removeTag', { tag })}
                >
                  {t('networkQuestions.ask.remove')}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        {tags.length < QUESTION_LIMITS.tags ? (
          <div className="nq-tag-input__row">
            <TagPicker
              id={form.id('tags')}
              label={t('networkQuestions.ask.tag')}
              hint={t('networkQuestions.ask.tagHint', { count: QUESTION_LIMITS.tags })}
              error={form.errors.tags}
              value={typedTag}
              onChange={setTypedTag}
              onPick={(tag) => addTag(tag.name)}
            />
            <Button type="button" variant="secondary" onClick={() => addTag(typedTag)} disabled={!typedTag.trim()}>
              {t('networkQuestions.ask.addTag')}
            </Button>
          </div>
        ) : null}
      </fieldset>
    </Form>
  );
}

/** "Ähnliche Fragen": told politely to screen readers as the list changes while one types. */
function SimilarBox({ title, community }: { title: string; community: string | undefined }) {
  const { t } = useTranslation();
  const debounced = useDebounced(title, 300);
  const similar = useSimilarQuestions(debounced, community);
  const asked = /[\p{L}\p{N}]{3}/u.test(debounced.trim());
  const items = asked ? (similar.data?.items ?? []) : [];
  return (
    <section className="nq-similar" aria-labelledby="similar-heading">
      <h2 id="similar-heading" className="kern-heading-small">
        {t('networkQuestions.similar.title')}
      </h2>
      <div aria-live="polite" aria-atomic="true">
        {!asked ? (
          <p className="nq-muted">{t('networkQuestions.similar.hint')}</p>
        ) : items.length === 0 ? (
          similar.isFetching && !similar.data ? null : (
            <p className="nq-muted">{t('networkQuestions.similar.none')}</p>
          )
        ) : (
          <>
            <p className="kern-sr-only">{t('networkQuestions.similar.found', { count: items.length })}</p>
            <ul className="nq-similar__list">
              {items.map((q) => (
                <li key={q.id}>
                  <Link to="/network/questions/$id" params={{ id: q.id }} target="_blank">
                    {q.title}
                    <span className="kern-sr-only"> {t('networkQuestions.similar.newTab')}</span>
                  </Link>{' '}
                  <span className="nq-muted">
                    {q.accepted
                      ? t('networkQuestions.solved')
                      : t('networkQuestions.answers', { count: q.answerCount })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
