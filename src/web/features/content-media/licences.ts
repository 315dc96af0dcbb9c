import type { TFunction } from 'i18next';
import { MEDIA_LICENCES, type MediaLicence } from '../../../shared/contracts/content-media.ts';

// Translation keys without the dots of the licence codes (a dot separates the parts of a key).
const KEYS: Record<MediaLicence, string> = {
  'CC-BY-4.0': 'ccBy',
  'CC-BY-SA-4.0': 'ccBySa',
  'CC0-1.0': 'cc0',
  'DL-DE-BY-2.0': 'dlDeBy',
  'DL-DE-ZERO-2.0': 'dlDeZero',
  own: 'own',
};

/** A licence's name in the interface language. */
export const licenceName = (t: TFunction, licence: MediaLicence) => t(`contentMedia.licences.${KEYS[licence]}`);

/** The licences as the upload and edit forms offer them. */
export function licenceOptions(t: TFunction): Array<{ value: string; label: string }> {
  return MEDIA_LICENCES.map((licence) => ({ value: licence, label: licenceName(t, licence) }));
}

export const isLicence = (value: string): value is MediaLicence =>
  (MEDIA_LICENCES as readonly string[]).includes(value);

const WEB_ADDRESS = /^https?:\/\/\S+$/;

/** True for an empty source or a web address, as the server takes it. */
export const isSourceUrl = (value: string) => value.trim() === '' || WEB_ADDRESS.test(value.trim());
