import type { TFunction } from 'i18next';
import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { OrganisationSummary } from '../../../../shared/contracts/organisations.ts';
import type { FieldChecks } from '../../../ui/use-form-errors.ts';

// Where a record sits on the map: by default the centre of its partners (the server works it out
// on every save), or a point the editors set by hand. The bounds are the API's: Germany and a margin.

export type LocationMode = 'partners' | 'point';

export const LOCATION_BOUNDS = {
  latitude: { min: 47, max: 55.1 },
  longitude: { min: 5.8, max: 15.1 },
} as const;

/** A coordinate as people type it, with a decimal point or a German decimal comma; null when empty. */
export function coordinate(value: string): number | null {
  const cleaned = value.trim().replace(',', '.');
  if (cleaned === '') return null;
  return /^-?\d{1,3}(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Four decimals: about ten metres, plenty for a cooperation's place and short enough to read. */
export const coordinateText = (n: number) => String(Math.round(n * 10_000) / 10_000);

/** The centre of the partners with a known place, as the server computes it; null when none has one. */
export function partnersCentre(partners: readonly OrganisationSummary[]) {
  const placed = partners.filter((p) => p.latitude !== null && p.longitude !== null);
  if (placed.length === 0) return null;
  const sum = placed.reduce(
    (acc, p) => ({ latitude: acc.latitude + (p.latitude ?? 0), longitude: acc.longitude + (p.longitude ?? 0) }),
    { latitude: 0, longitude: 0 },
  );
  return { latitude: sum.latitude / placed.length, longitude: sum.longitude / placed.length };
}

export function locationInput(draft: {
  locationMode: LocationMode;
  latitude: string;
  longitude: string;
}): CooperationInput['location'] {
  if (draft.locationMode !== 'point') return null;
  const latitude = coordinate(draft.latitude);
  const longitude = coordinate(draft.longitude);
  return latitude === null || longitude === null ? null : { latitude, longitude };
}

export function checkLocation(
  t: TFunction,
  draft: { locationMode: LocationMode; latitude: string; longitude: string },
  checks: FieldChecks,
) {
  if (draft.locationMode !== 'point') return;
  for (const axis of ['latitude', 'longitude'] as const) {
    const n = coordinate(draft[axis]);
    const { min, max } = LOCATION_BOUNDS[axis];
    if (n === null) checks[axis] = t(`atlas.form.errors.${axis}Missing`);
    else if (Number.isNaN(n) || n < min || n > max) checks[axis] = t(`atlas.form.errors.${axis}`, { min, max });
  }
}
