import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { Form } from '../../../ui/form.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { parseTags } from '../document-format.ts';
import type { DocumentDetail } from '../document-types.ts';
import { documentsApi, useDocumentsWrite } from '../queries.ts';
import { DocumentsProblem } from '../space-parts.tsx';

/** The description and tags: shown to all, changed by whoever may write (not while another holds the lock). */
export function DetailsSection({ detail, onNews }: { detail: DocumentDetail; onNews: (text: string) => void }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const { item, space } = detail;
  const [editing, setEditing] = useState(false);
  const canEdit = space.rights.write && (!item.lock || item.lock.mine) && detail.trashedAt === null;
  if (editing) {
    return (
      <DetailsForm
        detail={detail}
        onDone={(saved) => {
          setEditing(false);
          if (saved) onNews(t('documents.details.saved'));
          else document.getElementById('edit-details')?.focus();
        }}
      />
    );
  }
  return (
    <div className="doc-details">
      {item.description ? (
        <p className="kern-body doc-details__description" lang={lang}>
          {item.description}
        </p>
      ) : (
        <p className="kern-body kern-body--small">{t('documents.details.noDescription')}</p>
      )}
      {item.tags.length > 0 ? (
        <ul className="plain-list doc-tags" aria-label={t('documents.details.tags')}>
          {item.tags.map((tag) => (
            <li key={tag} className="kern-badge kern-badge--small kern-badge--info" lang={lang}>
              <span className="kern-label">{tag}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit ? (
        <Button id="edit-details" variant="tertiary" small icon="edit" onClick={() => setEditing(true)}>
          {t('documents.details.edit')}
        </Button>
      ) : null}
    </div>
  );
}

function DetailsForm({ detail, onDone }: { detail: DocumentDetail; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors('details');
  const { item } = detail;
  const [description, setDescription] = useState(item.description);
  const [tags, setTags] = useState(item.tags.join(', '));
  const save = useDocumentsWrite(() =>
    documentsApi.update(item.id, { description: description.trim(), tags: parseTags(tags) }),
  );
  return (
    <div className="doc-details-form">
      <Form
        form={form}
        check={() => {
          const list = parseTags(tags);
          return {
            tags:
              list.length > 20
                ? t('documents.details.tooManyTags', { count: 20 })
                : list.some((tag) => tag.length > 40)
                  ? t('documents.details.tagTooLong', { count: 40 })
                  : undefined,
          };
        }}
        onValid={() => save.mutate(undefined, { onSuccess: () => onDone(true) })}
        busy={save.isPending}
        alert={<DocumentsProblem error={form.hasErrors ? null : save.error} />}
        submit={t('documents.details.save')}
      >
        <TextArea
          id={form.id('description')}
          label={t('documents.details.description')}
          value={description}
          onChange={setDescription}
          rows={4}
          maxLength={5000}
          optional
          autoFocus
        />
        <TextField
          id={form.id('tags')}
          label={t('documents.details.tags')}
          hint={t('documents.details.tagsHint')}
          value={tags}
          onChange={setTags}
          error={form.errors.tags}
          required={false}
        />
      </Form>
      <Button variant="tertiary" small onClick={() => onDone(false)}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
