import type { Contact, Cooperation } from '../../../../shared/contracts/atlas.ts';
import { kreisLabel } from '../../../../shared/kreis-name.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { membershipOf } from '../../organisations/membership.ts';
import { organisationSummaries } from '../../organisations/summary.ts';
import { type AtlasViewer, seesContactDetails, viewerRights } from '../policy.ts';
import { type ContactRow, contactsOf, findById, type RecordRow } from '../queries.ts';

/** The record as the viewer sees it after a change (they may see it: they just changed it). */
export async function savedRecordView(tx: Tx, id: string, viewer: AtlasViewer): Promise<Cooperation> {
  const record = await findById(tx, id);
  if (!record) throw notFound('Cooperation');
  return cooperationView(tx, record, viewer);
}

/**
 * A record as the record page shows it to this viewer (who may see it: the caller checked). Contacts'
 * e-mail and phone are left out for signed-out visitors.
 */
export async function cooperationView(tx: Tx, row: RecordRow, viewer: AtlasViewer | null): Promise<Cooperation> {
  const contactRows = await contactsOf(tx, row.id);
  const contactOrganisations = await homeOrganisations(tx, contactRows);
  const summaries = new Map(
    (await organisationSummaries(tx, [...row.partnerIds, ...row.kreisIds, ...contactOrganisations.values()])).map(
      (o) => [o.id, o],
    ),
  );
  const details = seesContactDetails(viewer);
  const contacts: Contact[] = contactRows.map((c) => {
    const organisationId = c.personId ? contactOrganisations.get(c.personId) : undefined;
    return {
      id: c.id,
      personId: c.personId,
      name: c.personName ?? c.name ?? '',
      role: c.role,
      organisationName: organisationId ? (summaries.get(organisationId)?.name ?? null) : null,
      email: details ? c.email : null,
      phone: details ? c.phone : null,
    };
  });
  return {
    id: row.id,
    slug: row.slug,
    externalId: row.externalId,
    title: row.title,
    summary: row.summary,
    sector: row.sector,
    sectorGroup: row.sectorGroup,
    fields: row.fields,
    keywords: row.keywords,
    partners: row.partnerIds.flatMap((id) => summaries.get(id) ?? []),
    externalPartners: row.externalPartners,
    landCodes: row.landCodes,
    kreise: row.kreisIds
      .flatMap((id) => {
        const kreis = summaries.get(id);
        return kreis ? [{ id, name: kreisLabel(kreis.type, kreis.name) }] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    contacts,
    website: row.website,
    startYear: row.startYear,
    endYear: row.endYear,
    status: row.status,
    legalForm: row.legalForm,
    awards: row.awards,
    funding: row.funding,
    investment: row.investment,
    yearlySavings: row.yearlySavings,
    populationServed: row.populationServed,
    location:
      row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
    locationSet: row.locationSet,
    description: row.description,
    currentStatus: row.currentStatus,
    lessonsLearned: row.lessonsLearned,
    furtherInformation: row.furtherInformation,
    transferable: row.transferable,
    transferRequirements: row.transferRequirements,
    state: row.state,
    synthetic: row.synthetic,
    interestCount: row.interestCount,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    viewer: viewerRights(viewer, row),
  };
}

/** The confirmed home organisation of each linked contact (person ID → organisation ID). */
async function homeOrganisations(tx: Tx, contacts: ContactRow[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const contact of contacts) {
    if (!contact.personId || contact.personName === null || result.has(contact.personId)) continue;
    const membership = await membershipOf(tx, contact.personId);
    if (membership?.status === 'confirmed') result.set(contact.personId, membership.organisationId);
  }
  return result;
}
