import { type Static, Type } from 'typebox';
import type { OrganisationRole } from './accounts.ts';

/** The shapes of the organisations API as the web app reads them (see src/server/features/organisations). */

const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

/** An organisation as search results, pickers, member lists and maps show it; the server answers with this schema. */
export const OrganisationSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: Type.String(),
  ags: NullableString,
  ars: NullableString,
  landCode: NullableString,
  landName: NullableString,
  kreisName: NullableString,
  latitude: NullableNumber,
  longitude: NullableNumber,
});
export type OrganisationSummary = Static<typeof OrganisationSummary>;

export interface Page<T> {
  items: T[];
  total: number;
}

export interface OrganisationDetail extends OrganisationSummary {
  website: string | null;
  description: string | null;
  logoUrl: string | null;
  /** `directory` for the official reference data (name fixed), `manual` for those added by administrators. */
  source: 'directory' | 'manual';
  kreis: { id: string; name: string } | null;
  land: { id: string; name: string } | null;
  /** Set when a directory update found it no longer in the official data; `successor` when known. */
  dissolvedAt: string | null;
  successor: { id: string; name: string } | null;
  domains: string[];
  people: Array<{ id: string; name: string; role: OrganisationRole }>;
  alliances: Array<{ id: string; name: string; slug: string }>;
  viewer: { isMember: boolean; isPending: boolean; isAdmin: boolean; canEdit: boolean };
}

export interface OrganisationMember {
  personId: string;
  name: string;
  email: string;
  role: OrganisationRole;
  status: 'pending' | 'confirmed';
  createdAt: string;
  confirmedAt: string | null;
  /** The person has confirmed their e-mail address. */
  emailVerified: boolean;
  /** The address is of a domain the organisation has registered. */
  domainMatches: boolean;
}

/** GeoJSON as `GET /api/geo/laender` answers it: the outlines of the 16 Länder. */
export interface LaenderGeoJson {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    properties: Record<string, unknown>;
    geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
  }>;
}
