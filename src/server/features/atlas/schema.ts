import { Type } from 'typebox';
import { Uuid } from '../../platform/http/id-schemas.ts';

// The request and response bodies are the shared contract (src/shared/contracts/atlas.ts); these are
// the path and query pieces of the record routes.

export const TAGS = ['atlas'];

/** A record's address: its slug, or its ID (UUIDs match the slug pattern too). */
export const SlugParams = Type.Object({
  slug: Type.String({ minLength: 3, maxLength: 120, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }),
});

export const RevisionNumber = Type.Integer({ minimum: 1, maximum: 1_000_000 });

export const RevisionParams = Type.Object({ id: Uuid, number: RevisionNumber });

export const DiffQuery = Type.Object({ from: RevisionNumber, to: RevisionNumber });

/** The revision the editor started from; a save on top of a newer one is refused. */
export const ReplaceQuery = Type.Object({ baseRevision: RevisionNumber });
