import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, EventDetail, MyRegistration } from '../../../shared/contracts/events.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { Form } from '../../ui/form.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { RadioGroup } from '../../ui/radio-group.tsx';
import { Section } from '../../ui/section.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { Checkbox } from './checkbox.tsx';
import { EVENTS_KEY, eventKey } from './queries.ts';

/** Register (with the organiser's questions and the consent to be listed), change it, or cancel. */
export function RegistrationSection({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const mine = event.myRegistration && event.myRegistration.state !== 'cancelled' ? event.myRegistration : null;
  const over = new Date(event.endsAt).getTime() < Date.now();
  if (!event.viewer.signedIn) {
    return (
      <Section title={t('events.register.title')}>
        <p className="kern-body">
          <Link to="/sign-in" search={{ next: `/events/${event.id}` }} className="kern-link">
            {t('events.register.signIn')}
          </Link>
        </p>
      </Section>
    );
  }
  return (
    <Section title={t('events.register.title')}>
      {mine ? <Mine event={event} mine={mine} /> : null}
      {event.cancelledAt ? null : mine ? (
        <RegistrationForm event={event} mine={mine} />
      ) : over ? (
        <p className="kern-body">{t('events.register.over')}</p>
      ) : !event.registrationOpen ? (
        <p className="kern-body">{t('events.register.closed')}</p>
      ) : (
        <RegistrationForm event={event} mine={null} />
      )}
    </Section>
  );
}

function Mine({ event, mine }: { event: EventDetail; mine: MyRegistration }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => api.delete(`/events/${event.id}/registration`),
    onSuccess: () => client.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
  return (
    <div className="stack-sm">
      <Alert
        variant={mine.state === 'registered' ? 'success' : 'warning'}
        title={
          mine.state === 'registered'
            ? t('events.register.youAreRegistered')
            : t('events.register.youAreWaiting', { position: mine.waitlistPosition ?? 0 })
        }
      />
      <ProblemAlert error={cancel.error} />
      <ConfirmButton
        question={t('events.register.cancelQuestion')}
        confirmLabel={t('events.register.cancelConfirm')}
        onConfirm={() => cancel.mutate()}
        busy={cancel.isPending}
      >
        {t('events.register.cancel')}
      </ConfirmButton>
    </div>
  );
}

function RegistrationForm({ event, mine }: { event: EventDetail; mine: MyRegistration | null }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useFormErrors('registration');
  const [answers, setAnswers] = useState<Answers>(mine?.answers ?? {});
  const [showInList, setShowInList] = useState(mine?.showInList ?? false);
  const fields = event.questions.map((q) => `answers/${q.id}`);
  const save = useMutation({
    mutationFn: () => api.put<MyRegistration>(`/events/${event.id}/registration`, { answers, showInList }),
    onSuccess: () => client.invalidateQueries({ queryKey: eventKey(event.id) }),
    onError: (error) => form.failFromServer(error, fields),
  });
  const full = event.capacity !== null && event.counts.registered >= event.capacity;
  function check() {
    return Object.fromEntries(
      event.questions.map((q) => {
        const value = answers[q.id];
        const missing = value === undefined || value === '';
        return [`answers/${q.id}`, q.required && missing ? t('events.form.required') : undefined];
      }),
    );
  }
  return (
    <Form
      form={form}
      check={check}
      onValid={() => save.mutate()}
      busy={save.isPending}
      error={save.error}
      submit={mine ? t('events.register.save') : full ? t('events.register.joinWaitlist') : t('events.register.submit')}
    >
      {!mine && full ? <p className="kern-body">{t('events.register.full')}</p> : null}
      {event.questions.map((q) => {
        const id = form.id(`answers/${q.id}`);
        const error = form.errors[`answers/${q.id}`];
        const value = answers[q.id];
        const set = (v: string | boolean) => setAnswers((a) => ({ ...a, [q.id]: v }));
        if (q.kind === 'choice') {
          return (
            <SelectField
              key={q.id}
              id={id}
              label={q.label}
              optional={!q.required}
              error={error}
              value={typeof value === 'string' ? value : ''}
              onChange={set}
              options={[
                { value: '', label: t('events.register.choose') },
                ...(q.options ?? []).map((o) => ({ value: o, label: o })),
              ]}
            />
          );
        }
        if (q.kind === 'yesno') {
          return (
            <div key={q.id} id={id}>
              {error ? <p className="kern-error">{error}</p> : null}
              <RadioGroup
                id={`${id}-yesno`}
                legend={q.required ? q.label : `${q.label} (${t('events.register.optional')})`}
                value={value === true ? 'yes' : value === false ? 'no' : ''}
                onChange={(v) => set(v === 'yes')}
                options={[
                  { value: 'yes', label: t('events.register.yes') },
                  { value: 'no', label: t('events.register.no') },
                ]}
              />
            </div>
          );
        }
        return (
          <TextField
            key={q.id}
            id={id}
            label={q.label}
            optional={!q.required}
            error={error}
            value={typeof value === 'string' ? value : ''}
            onChange={set}
          />
        );
      })}
      <Checkbox
        id={form.id('showInList')}
        label={t('events.register.showInList')}
        hint={t('events.register.showInListHint')}
        checked={showInList}
        onChange={setShowInList}
      />
    </Form>
  );
}
