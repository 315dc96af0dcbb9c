import { eq } from 'drizzle-orm';
import type { Meeting } from '../../../../shared/contracts/meetings.ts';
import type { Deps } from '../../../deps.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { cleanText } from '../../../platform/http/input-text.ts';
import type { ChatActor } from '../../chat/actor.ts';
import { requireMeeting } from '../access.ts';
import { announceMeeting } from '../announce.ts';
import { canWriteNotes } from '../policy.ts';
import { tookPart } from '../queries.ts';
import { meetings } from '../tables.ts';

/** The meeting's notes (Markdown-free plain text), written by anyone who took part, during or after it. */
export async function saveNotesCommand(
  deps: Deps,
  actor: ChatActor,
  meetingId: string,
  notes: string,
): Promise<Meeting> {
  const meeting = await deps.db.transaction(async (tx) => {
    const { meeting, channel } = await requireMeeting(tx, meetingId, actor.personId, { lock: true });
    if (!canWriteNotes(await tookPart(tx, meetingId, actor.personId)))
      throw forbidden('Only people who took part write the notes.');
    const now = new Date();
    const [row] = await tx
      .update(meetings)
      .set({ notes: cleanText(notes), notesUpdatedAt: now, notesUpdatedBy: actor.personId, updatedAt: now })
      .where(eq(meetings.id, meetingId))
      .returning();
    return announceMeeting(tx, row ?? meeting, channel.channel.workspaceId);
  });
  await deps.publisher.flush();
  return meeting;
}
