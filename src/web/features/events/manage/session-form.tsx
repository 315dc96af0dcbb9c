import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, SessionInput, SessionView, Speaker } from '../../../../shared/contracts/events.ts';
import { api } from '../../../api/client.ts';
import { Form } from '../../../ui/form.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { fromBerlinInput, toBerlinInput } from '../berlin-time.ts';
import { eventKey } from '../queries.ts';
import { SpeakersEditor } from './speakers-editor.tsx';

const FIELDS = ['title', 'description', 'startsAt', 'endsAt', 'room', 'speakers', 'materials'];

/** Materials as typed: "Title | https://…" per line. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Adds a session to the agenda, or changes one (`session`); times in Berlin time, within the event.
 * Speakers are people of the platform (linked to their profiles) or names (SpeakersEditor).
 */
export function SessionForm({
  event,
  session,
  onDone,
}: {
  event: EventDetail;
  session?: SessionView;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useFormErrors(session ? `session-${session.id}` : 'session');
  const start = toBerlinInput(event.startsAt);
  const [values, setValues] = useState(() =>
    session
      ? {
          title: session.title,
          description: session.description,
          startsAt: toBerlinInput(session.startsAt),
          endsAt: toBerlinInput(session.endsAt),
          room: session.room,
          speakers: session.speakers,
          materials: session.materials.map((m) => `${m.title} | ${m.url}`).join('\n'),
        }
      : {
          title: '',
          description: '',
          startsAt: start,
          endsAt: start,
          room: '',
          speakers: [] as Speaker[],
          materials: '',
        },
  );
  const set = (change: Partial<typeof values>) => setValues((v) => ({ ...v, ...change }));
  const field = (name: keyof typeof values) => ({ id: form.id(name), error: form.errors[name] });
  const materials = () =>
    lines(values.materials).map((line) => {
      const [title, url] = line.includes('|') ? line.split('|').map((p) => p.trim()) : [line, line];
      return { title: title || (url as string), url: url as string };
    });
  const add = useMutation({
    mutationFn: () =>
      (session ? api.put<SessionView> : api.post<SessionView>)(
        session ? `/events/${event.id}/sessions/${session.id}` : `/events/${event.id}/sessions`,
        {
          title: values.title.trim(),
          description: values.description,
          startsAt: fromBerlinInput(values.startsAt),
          endsAt: fromBerlinInput(values.endsAt),
          room: values.room,
          speakers: values.speakers,
          materials: materials(),
        } satisfies Record<keyof SessionInput, unknown>,
      ),
    onSuccess: async () => {
      if (!session) {
        setValues({
          title: '',
          description: '',
          startsAt: values.endsAt,
          endsAt: values.endsAt,
          room: '',
          speakers: [],
          materials: '',
        });
      }
      await client.invalidateQueries({ queryKey: eventKey(event.id) });
      onDone?.();
    },
    onError: (error) => form.failFromServer(error, FIELDS),
  });
  function check() {
    const s = fromBerlinInput(values.startsAt);
    const e = fromBerlinInput(values.endsAt);
    return {
      title: values.title.trim() ? undefined : t('events.form.required'),
      startsAt: s ? undefined : t('events.form.timeNeeded'),
      endsAt: !e ? t('events.form.timeNeeded') : s && e <= s ? t('events.form.endAfterStart') : undefined,
      materials: materials().every((m) => /^(https?:\/\/\S+|\/\S*)$/.test(m.url))
        ? undefined
        : t('events.sessions.badLink'),
    };
  }
  return (
    <Form
      form={form}
      check={check}
      onValid={() => add.mutate()}
      busy={add.isPending}
      error={add.error}
      submit={session ? t('events.sessions.save') : t('events.sessions.add')}
    >
      <TextField
        {...field('title')}
        label={t('events.sessions.sessionTitle')}
        value={values.title}
        onChange={(title) => set({ title })}
      />
      <TextField
        {...field('startsAt')}
        type="datetime-local"
        label={t('events.form.startsAt')}
        hint={t('events.form.berlinHint')}
        value={values.startsAt}
        onChange={(startsAt) => set({ startsAt })}
      />
      <TextField
        {...field('endsAt')}
        type="datetime-local"
        label={t('events.form.endsAt')}
        value={values.endsAt}
        onChange={(endsAt) => set({ endsAt })}
      />
      <TextField
        {...field('room')}
        label={t('events.sessions.room')}
        optional
        value={values.room}
        onChange={(room) => set({ room })}
      />
      <SpeakersEditor {...field('speakers')} speakers={values.speakers} onChange={(speakers) => set({ speakers })} />
      <TextArea
        {...field('description')}
        label={t('events.form.description')}
        optional
        rows={3}
        value={values.description}
        onChange={(description) => set({ description })}
      />
      <TextArea
        {...field('materials')}
        label={t('events.sessions.materials')}
        hint={t('events.sessions.materialsHint')}
        optional
        rows={3}
        value={values.materials}
        onChange={(materials) => set({ materials })}
      />
    </Form>
  );
}
