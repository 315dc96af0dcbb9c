import { Type } from 'typebox';

/**
 * A UUID as a route accepts it. The length cap keeps out the `urn:uuid:` form the `uuid` format also
 * allows, which the database would refuse.
 */
export const Uuid = Type.String({ format: 'uuid', maxLength: 36 });

/** Params of a route about one thing: `/…/:id`. */
export const IdParams = Type.Object({ id: Uuid });
