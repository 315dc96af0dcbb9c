import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { Form } from '../../../ui/form.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { personName } from '../../accounts/former-person.ts';
import { useAddBaseline, useAddStatusNote } from '../project-queries.ts';

/** Baselines: the plan frozen under a name, newest first; later dates are compared with the newest. */
export function BaselinesSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lang = useContentLang();
  const add = useAddBaseline(project.id);
  const form = useFormErrors('baseline');
  const [name, setName] = useState('');
  const [added, setAdded] = useState('');
  const baselines = [...project.baselines].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Section title={t('projects.baselines.title')}>
      <p className="kern-body">{t('projects.baselines.lead')}</p>
      {baselines.length === 0 ? (
        <p className="kern-body">{t('projects.baselines.empty')}</p>
      ) : (
        <ul className="plain-list project-rows">
          {baselines.map((baseline, index) => (
            <li key={baseline.id} className="project-row">
              <div className="project-row__main">
                <p className="kern-body project-row__title">
                  <strong lang={lang}>{baseline.name}</strong>
                  {index === 0 ? <span className="project-muted"> · {t('projects.baselines.current')}</span> : null}
                </p>
                <p className="kern-body project-row__meta">
                  {t('projects.baselines.frozen', { time: format.dateTime(baseline.createdAt) })}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {project.viewer.canManage ? (
        <div className="project-subform">
          <h3 className="kern-heading-small">{t('projects.baselines.addTitle')}</h3>
          {added ? <Alert variant="success" role="status" title={added} /> : null}
          <Form
            form={form}
            check={() => ({ name: name.trim() ? undefined : t('projects.baselines.nameRequired') })}
            onValid={() =>
              add.mutate(name.trim(), {
                onSuccess: () => {
                  setAdded(t('projects.baselines.added', { name: name.trim() }));
                  setName('');
                },
                onError: (error) => form.failFromServer(error, ['name']),
              })
            }
            busy={add.isPending}
            error={add.error}
            submit={t('projects.baselines.add')}
            submitVariant="secondary"
          >
            <TextField
              id={form.id('name')}
              label={t('projects.baselines.name')}
              hint={t('projects.baselines.nameHint')}
              value={name}
              onChange={setName}
              maxLength={200}
              error={form.errors.name}
            />
          </Form>
        </div>
      ) : null}
    </Section>
  );
}

/** Short notes on where the project stands, newest first; writing one also counts as activity. */
export function StatusNotesSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lang = useContentLang();
  const add = useAddStatusNote(project.id);
  const form = useFormErrors('status-note');
  const [text, setText] = useState('');
  const [added, setAdded] = useState(false);
  const notes = [...project.statusNotes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Section title={t('projects.notes.title')}>
      {project.viewer.canEdit ? (
        <div className="project-subform">
          {added ? <Alert variant="success" role="status" title={t('projects.notes.added')} /> : null}
          <Form
            form={form}
            check={() => ({ text: text.trim() ? undefined : t('projects.notes.textRequired') })}
            onValid={() =>
              add.mutate(text.trim(), {
                onSuccess: () => {
                  setAdded(true);
                  setText('');
                },
                onError: (error) => form.failFromServer(error, ['text']),
              })
            }
            busy={add.isPending}
            error={add.error}
            submit={t('projects.notes.add')}
            submitVariant="secondary"
          >
            <TextArea
              id={form.id('text')}
              label={t('projects.notes.text')}
              hint={t('projects.notes.textHint')}
              value={text}
              onChange={(value) => {
                setText(value);
                setAdded(false);
              }}
              rows={3}
              maxLength={5000}
              error={form.errors.text}
            />
          </Form>
        </div>
      ) : null}
      {notes.length === 0 ? (
        <p className="kern-body">{t('projects.notes.empty')}</p>
      ) : (
        <ul className="plain-list project-rows">
          {notes.map((note) => (
            <li key={note.id} className="project-row project-note">
              <p className="kern-body project-row__meta">
                {t('projects.notes.by', {
                  name: note.author?.name ? personName(t, note.author.name) : t('projects.notes.unknownAuthor'),
                  time: format.dateTime(note.createdAt),
                })}
              </p>
              <p className="kern-body prose" lang={lang}>
                {note.text}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
