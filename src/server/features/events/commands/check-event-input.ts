import type { EventInput, EventQuestion } from '../../../../shared/contracts/events.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { type FieldError, invalid } from '../../../platform/errors/problem.ts';
import { singleLine } from '../../../platform/http/input-text.ts';
import { organisationSummaries } from '../../organisations/summary.ts';
import type { EventViewer } from '../policy.ts';

/** A time of the input, or a field error when it is not one. */
export function instant(value: string, field: string, errors: FieldError[]): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) errors.push({ field, message: 'must be a date and time' });
  return date;
}

function questionErrors(questions: EventQuestion[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (seen.has(q.id)) errors.push({ field: `/questions/${i}/id`, message: 'must be unique' });
    seen.add(q.id);
    const options = q.options ?? [];
    if (q.kind === 'choice' && options.length < 2) {
      errors.push({ field: `/questions/${i}/options`, message: 'a choice needs at least two options' });
    }
    if (q.kind !== 'choice' && options.length > 0) {
      errors.push({ field: `/questions/${i}/options`, message: 'only a choice has options' });
    }
    if (new Set(options).size !== options.length) {
      errors.push({ field: `/questions/${i}/options`, message: 'must be unique' });
    }
  });
  return errors;
}

export interface CheckedEvent {
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  placeName: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  onlineUrl: string | null;
  visibility: EventInput['visibility'];
  allianceId: string | null;
  capacity: number | null;
  registrationOpen: boolean;
  questions: EventQuestion[];
  organiserIds: string[];
}

/**
 * The input as it is stored, or a 400 naming every field at fault: times in order, an alliance the
 * viewer's organisation belongs to for `alliance`, organisers that exist, questions that make sense.
 */
export async function checkEventInput(
  tx: Tx,
  input: EventInput,
  viewer: EventViewer,
  /** Organisers that stay whatever the input says; the alliance the event already has (kept without the check). */
  before: { keep: string[]; allianceId: string | null },
): Promise<CheckedEvent> {
  const errors: FieldError[] = [];
  const title = singleLine(input.title).trim();
  if (!title) errors.push({ field: '/title', message: 'must not be empty' });
  const startsAt = instant(input.startsAt, '/startsAt', errors);
  const endsAt = instant(input.endsAt, '/endsAt', errors);
  if (errors.length === 0 && endsAt.getTime() <= startsAt.getTime()) {
    errors.push({ field: '/endsAt', message: 'must be after the start' });
  }
  if ((input.latitude === null) !== (input.longitude === null)) {
    errors.push({ field: '/longitude', message: 'give both coordinates or neither' });
  }
  let allianceId: string | null = null;
  if (input.visibility === 'alliance') {
    if (!input.allianceId) errors.push({ field: '/allianceId', message: 'an alliance event needs its alliance' });
    else if (input.allianceId !== before.allianceId && !viewer.allianceIds.includes(input.allianceId)) {
      errors.push({ field: '/allianceId', message: 'must be an alliance your organisation belongs to' });
    } else allianceId = input.allianceId;
  }
  const organiserIds = [...new Set([...before.keep, ...input.organiserIds])];
  const known = await organisationSummaries(tx, organiserIds);
  if (known.length !== organiserIds.length) errors.push({ field: '/organiserIds', message: 'unknown organisation' });
  errors.push(...questionErrors(input.questions));
  if (errors.length > 0) throw invalid(errors);
  return {
    title,
    description: input.description.trim(),
    startsAt,
    endsAt,
    placeName: singleLine(input.placeName).trim(),
    address: input.address.trim(),
    latitude: input.latitude,
    longitude: input.longitude,
    onlineUrl: input.onlineUrl,
    visibility: input.visibility,
    allianceId,
    capacity: input.capacity,
    registrationOpen: input.registrationOpen,
    questions: input.questions.map((q) => ({
      ...q,
      label: q.label.trim(),
      options: q.kind === 'choice' ? q.options : [],
    })),
    organiserIds,
  };
}
