import { and, count, eq } from 'drizzle-orm';
import {
  NETWORK_PROFILE_LIMITS,
  type PersonProfile,
  type ProofInput,
} from '../../../../shared/contracts/network-profiles.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { invalid, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { cooperations } from '../../atlas/tables.ts';
import { maySeeProject } from '../../projects/access.ts';
import { networkExpertise, networkExpertiseProofs } from '../tables.ts';
import { personProfileIn } from './person-profile.ts';

/** A web address a proof may link to: https only, so no `javascript:` or `data:` ever becomes a link. */
export function safeProofUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === ''
      ? url.toString()
      : null;
  } catch {
    return null;
  }
}

async function checkedTarget(tx: Tx, personId: string, input: ProofInput) {
  if (input.kind === 'link') {
    const url = input.url === undefined ? null : safeProofUrl(input.url);
    if (url === null) throw invalid([{ field: '/url', message: 'A proof link must be an https address.' }]);
    return { targetId: null, url };
  }
  const targetId = input.targetId;
  const missing = () =>
    invalid([
      {
        field: '/targetId',
        message: `No ${input.kind === 'project' ? 'project' : 'published atlas record'} with this ID that you can see.`,
      },
    ]);
  if (targetId === undefined) throw missing();
  if (input.kind === 'project') {
    if (!(await maySeeProject(tx, personId, targetId))) throw missing();
  } else {
    const [record] = await tx
      .select({ id: cooperations.id })
      .from(cooperations)
      .where(and(eq(cooperations.id, targetId), eq(cooperations.state, 'published')));
    if (!record) throw missing();
  }
  return { targetId, url: null };
}

/** Names a proof for one of my expertises: a project I see, a published atlas record, or an https link. */
export async function addProof(
  db: Db,
  principal: Principal | null,
  tagId: string,
  input: ProofInput,
): Promise<PersonProfile> {
  if (!principal) throw unauthenticated();
  const personId = principal.personId;
  return db.transaction(async (tx) => {
    const [expertise] = await tx
      .select({ tagId: networkExpertise.tagId })
      .from(networkExpertise)
      .where(and(eq(networkExpertise.personId, personId), eq(networkExpertise.tagId, tagId)))
      .for('update');
    if (!expertise) throw notFound('Expertise');
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(networkExpertiseProofs)
      .where(and(eq(networkExpertiseProofs.personId, personId), eq(networkExpertiseProofs.tagId, tagId)));
    if (n >= NETWORK_PROFILE_LIMITS.proofs) {
      throw invalid([{ field: '/kind', message: `At most ${NETWORK_PROFILE_LIMITS.proofs} proofs per expertise.` }]);
    }
    const target = await checkedTarget(tx, personId, input);
    await tx
      .insert(networkExpertiseProofs)
      .values({ id: newId(), personId, tagId, kind: input.kind, label: input.label.trim(), ...target });
    return personProfileIn(tx, personId, personId);
  });
}

/** Removes one of my proofs; 404 when it is not mine. */
export async function removeProof(db: Db, principal: Principal | null, tagId: string, proofId: string): Promise<void> {
  if (!principal) throw unauthenticated();
  const personId = principal.personId;
  const removed = await db
    .delete(networkExpertiseProofs)
    .where(
      and(
        eq(networkExpertiseProofs.id, proofId),
        eq(networkExpertiseProofs.personId, personId),
        eq(networkExpertiseProofs.tagId, tagId),
      ),
    )
    .returning({ id: networkExpertiseProofs.id });
  if (removed.length === 0) throw notFound('Proof');
}
