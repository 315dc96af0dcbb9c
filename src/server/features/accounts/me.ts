import type { Tx } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { organisationRoleOf } from '../organisations/membership.ts';
import { personWithOrganisation } from './queries.ts';
import type { MeView } from './schema.ts';

/** The signed-in person's own view: profile and home organisation. */
export async function meOf(tx: Tx, personId: string): Promise<MeView> {
  const row = await personWithOrganisation(tx, personId);
  if (!row) throw notFound('Person');
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale === 'en' ? 'en' : 'de',
    isPlatformAdmin: row.isPlatformAdmin,
    organisation:
      row.organisationId && row.organisationName && row.organisationType
        ? {
            id: row.organisationId,
            name: row.organisationName,
            type: row.organisationType,
            role: organisationRoleOf(row.role),
            status: row.status === 'confirmed' ? 'confirmed' : 'pending',
          }
        : null,
  };
}
