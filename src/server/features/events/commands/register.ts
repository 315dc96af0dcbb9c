import { and, eq, sql } from 'drizzle-orm';
import type { MyRegistration, RegisterInput } from '../../../../shared/contracts/events.ts';
import type { Deps } from '../../../deps.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, notFound } from '../../../platform/errors/problem.ts';
import { loadViewer, visibleEvent } from '../access.ts';
import { checkAnswers } from '../answers.ts';
import { registrationRefusal } from '../policy.ts';
import { registrationOf } from '../queries.ts';
import { eventRegistrations } from '../tables.ts';
import { myRegistrationView } from '../views.ts';
import type { Actor } from './actor.ts';
import { fillFreePlaces } from './waitlist.ts';

const REFUSALS = {
  'event-cancelled': 'The event is cancelled',
  'event-over': 'The event is over',
  'registration-closed': 'Registration is closed',
} as const;

/**
 * Registers the person (or changes their answers and consent): a place while there is one, else the
 * waitlist. The event's row is locked, so two registrations for the last place take turns.
 */
export async function register(
  deps: Deps,
  actor: Actor,
  eventId: string,
  input: RegisterInput,
): Promise<MyRegistration> {
  return deps.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, actor.personId);
    const event = await visibleEvent(tx, eventId, viewer, true);
    const answers = checkAnswers(event.questions, input.answers);
    const existing = await registrationOf(tx, eventId, actor.personId);
    if (existing && existing.state !== 'cancelled') {
      if (event.cancelledAt) throw conflict('event-cancelled', REFUSALS['event-cancelled']);
      await tx
        .update(eventRegistrations)
        .set({ answers, showInList: input.showInList })
        .where(eq(eventRegistrations.id, existing.id));
    } else {
      const refusal = registrationRefusal(event);
      if (refusal) throw conflict(refusal, REFUSALS[refusal]);
      const [counted] = await tx
        .select({ registered: sql<number>`count(*)::int` })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.state, 'registered')));
      const full = event.capacity !== null && (counted?.registered ?? 0) >= event.capacity;
      const now = new Date();
      const values = {
        state: full ? 'waitlisted' : 'registered',
        answers,
        showInList: input.showInList,
        queuedAt: now,
      };
      if (existing) {
        await tx
          .update(eventRegistrations)
          .set({ ...values, registeredAt: now, remindedAt: null })
          .where(eq(eventRegistrations.id, existing.id));
      } else {
        await tx.insert(eventRegistrations).values({ id: newId(), eventId, personId: actor.personId, ...values });
      }
    }
    return (await myRegistrationView(tx, await registrationOf(tx, eventId, actor.personId))) as MyRegistration;
  });
}

/** The person cancels their registration; a place that becomes free goes to the waitlist's first. */
export async function cancelRegistration(deps: Deps, actor: Actor, eventId: string): Promise<{ movedUp: string[] }> {
  return deps.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, actor.personId);
    const event = await visibleEvent(tx, eventId, viewer, true);
    const existing = await registrationOf(tx, eventId, actor.personId);
    if (!existing || existing.state === 'cancelled') throw notFound('Registration');
    await tx.update(eventRegistrations).set({ state: 'cancelled' }).where(eq(eventRegistrations.id, existing.id));
    const movedUp =
      existing.state === 'registered' && !event.cancelledAt ? await fillFreePlaces(tx, eventId, event.capacity) : [];
    return { movedUp };
  });
}
