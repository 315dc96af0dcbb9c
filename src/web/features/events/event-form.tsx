import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, EventInput, EventQuestion, EventVisibility } from '../../../shared/contracts/events.ts';
import type { OrganisationSummary } from '../../../shared/contracts/organisations.ts';
import { Button } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { RadioGroup } from '../../ui/radio-group.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { useAlliances } from '../alliances/queries.ts';
import { OrganisationPicker } from '../organisations/organisation-picker.tsx';
import { fromBerlinInput, toBerlinInput } from './berlin-time.ts';
import { Checkbox } from './checkbox.tsx';
import { QuestionsEditor } from './questions-editor.tsx';

export const EVENT_FIELDS = [
  'title',
  'description',
  'startsAt',
  'endsAt',
  'placeName',
  'address',
  'latitude',
  'longitude',
  'onlineUrl',
  'allianceId',
  'organiserIds',
  'capacity',
  'questions',
];

interface Values {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  placeName: string;
  address: string;
  latitude: string;
  longitude: string;
  onlineUrl: string;
  visibility: EventVisibility;
  allianceId: string;
  organisers: Array<{ id: string; name: string }>;
  capacity: string;
  registrationOpen: boolean;
  questions: EventQuestion[];
}

function valuesOf(event: EventDetail | undefined): Values {
  return {
    title: event?.title ?? '',
    description: event?.description ?? '',
    startsAt: event ? toBerlinInput(event.startsAt) : '',
    endsAt: event ? toBerlinInput(event.endsAt) : '',
    placeName: event?.placeName ?? '',
    address: event?.address ?? '',
    latitude: event?.latitude?.toString() ?? '',
    longitude: event?.longitude?.toString() ?? '',
    onlineUrl: event?.onlineUrl ?? '',
    visibility: event?.visibility ?? 'platform',
    allianceId: event?.alliance?.id ?? '',
    organisers: event?.organisers ?? [],
    capacity: event?.capacity?.toString() ?? '',
    registrationOpen: event?.registrationOpen ?? true,
    questions: event?.questions ?? [],
  };
}

const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

/** The form of a new or changed event; times are entered in Berlin time. */
export function EventForm({
  event,
  submit,
  save,
  onSaved,
}: {
  event?: EventDetail;
  submit: string;
  save: (input: EventInput) => Promise<EventDetail>;
  onSaved: (event: EventDetail) => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => valuesOf(event));
  const [picked, setPicked] = useState<OrganisationSummary | null>(null);
  const form = useFormErrors('event');
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: onSaved,
    onError: (error) => form.failFromServer(error, EVENT_FIELDS),
  });
  const alliances = useAlliances({ mine: true }, values.visibility === 'alliance');
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));
  const field = (name: keyof Values & string) => ({ id: form.id(name), error: form.errors[name] });

  function check() {
    const startsAt = fromBerlinInput(values.startsAt);
    const endsAt = fromBerlinInput(values.endsAt);
    const capacity = number(values.capacity);
    return {
      title: values.title.trim() ? undefined : t('events.form.required'),
      startsAt: startsAt ? undefined : t('events.form.timeNeeded'),
      endsAt: !endsAt
        ? t('events.form.timeNeeded')
        : startsAt && endsAt <= startsAt
          ? t('events.form.endAfterStart')
          : undefined,
      capacity:
        capacity === null || (Number.isInteger(capacity) && capacity >= 1) ? undefined : t('events.form.capacityWhole'),
      latitude: values.latitude && Number.isNaN(number(values.latitude)) ? t('events.form.coordinate') : undefined,
      longitude: values.longitude && Number.isNaN(number(values.longitude)) ? t('events.form.coordinate') : undefined,
      allianceId: values.visibility === 'alliance' && !values.allianceId ? t('events.form.allianceNeeded') : undefined,
    };
  }

  function send() {
    mutation.mutate({
      title: values.title.trim(),
      description: values.description,
      startsAt: fromBerlinInput(values.startsAt) as string,
      endsAt: fromBerlinInput(values.endsAt) as string,
      placeName: values.placeName,
      address: values.address,
      latitude: number(values.latitude),
      longitude: number(values.longitude),
      onlineUrl: values.onlineUrl.trim() || null,
      visibility: values.visibility,
      allianceId: values.visibility === 'alliance' ? values.allianceId || null : null,
      organiserIds: values.organisers.map((o) => o.id),
      capacity: number(values.capacity),
      registrationOpen: values.registrationOpen,
      questions: values.questions,
    });
  }

  return (
    <Form form={form} check={check} onValid={send} busy={mutation.isPending} error={mutation.error} submit={submit}>
      <TextField
        {...field('title')}
        label={t('events.form.title')}
        value={values.title}
        onChange={(title) => set({ title })}
      />
      <TextArea
        {...field('description')}
        label={t('events.form.description')}
        optional
        value={values.description}
        onChange={(description) => set({ description })}
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
        {...field('placeName')}
        label={t('events.form.placeName')}
        optional
        value={values.placeName}
        onChange={(placeName) => set({ placeName })}
      />
      <TextField
        {...field('address')}
        label={t('events.form.address')}
        optional
        value={values.address}
        onChange={(address) => set({ address })}
      />
      <TextField
        {...field('latitude')}
        label={t('events.form.latitude')}
        hint={t('events.form.coordinatesHint')}
        optional
        inputMode="decimal"
        width="medium"
        value={values.latitude}
        onChange={(latitude) => set({ latitude })}
      />
      <TextField
        {...field('longitude')}
        label={t('events.form.longitude')}
        optional
        inputMode="decimal"
        width="medium"
        value={values.longitude}
        onChange={(longitude) => set({ longitude })}
      />
      <TextField
        {...field('onlineUrl')}
        type="url"
        label={t('events.form.onlineUrl')}
        hint={t('events.form.onlineHint')}
        optional
        value={values.onlineUrl}
        onChange={(onlineUrl) => set({ onlineUrl })}
      />
      <RadioGroup
        id={form.id('visibility')}
        legend={t('events.form.visibility')}
        value={values.visibility}
        onChange={(visibility) => set({ visibility })}
        options={(['public', 'platform', 'alliance', 'organisation'] as const).map((v) => ({
          value: v,
          label: t(`events.visibility.${v}`),
          hint: t(`events.visibilityHint.${v}`),
        }))}
      />
      {values.visibility === 'alliance' ? (
        <SelectField
          {...field('allianceId')}
          label={t('events.form.alliance')}
          value={values.allianceId}
          onChange={(allianceId) => set({ allianceId })}
          options={[
            { value: '', label: t('events.form.chooseAlliance') },
            ...(alliances.data?.items ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
      ) : null}
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('events.form.organisers')}</legend>
        <div className="kern-fieldset__body stack-sm">
          {values.organisers.length > 0 ? (
            <ul className="plain-list stack-sm">
              {values.organisers.map((o) => (
                <li key={o.id}>
                  {o.name}{' '}
                  <Button
                    variant="tertiary"
                    small
                    icon="close"
                    onClick={() => set({ organisers: values.organisers.filter((x) => x.id !== o.id) })}
                  >
                    {t('events.form.removeOrganiser', { name: o.name })}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="kern-body kern-body--small">{t('events.form.ownOrganisation')}</p>
          )}
          <OrganisationPicker
            id={form.id('organiserIds')}
            label={t('events.form.addOrganiser')}
            optional
            error={form.errors.organiserIds}
            value={picked}
            exclude={values.organisers.map((o) => o.id)}
            onChange={(organisation) => {
              setPicked(null);
              if (organisation)
                set({ organisers: [...values.organisers, { id: organisation.id, name: organisation.name }] });
            }}
          />
        </div>
      </fieldset>
      <TextField
        {...field('capacity')}
        label={t('events.form.capacity')}
        hint={t('events.form.capacityHint')}
        optional
        inputMode="numeric"
        width="small"
        value={values.capacity}
        onChange={(capacity) => set({ capacity })}
      />
      <Checkbox
        id={form.id('registrationOpen')}
        label={t('events.form.registrationOpen')}
        checked={values.registrationOpen}
        onChange={(registrationOpen) => set({ registrationOpen })}
      />
      <QuestionsEditor
        id={form.id('questions')}
        error={form.errors.questions}
        questions={values.questions}
        onChange={(questions) => set({ questions })}
      />
    </Form>
  );
}
