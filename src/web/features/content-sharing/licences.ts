import type { TFunction } from 'i18next';
import { CONTENT_LICENCES, type ContentLicence } from '../../../shared/contracts/content.ts';

// Translation keys without the dots of the licence codes (a dot separates the parts of a key).
const KEYS: Record<ContentLicence, string> = { 'CC-BY-4.0': 'ccBy', 'DL-DE-BY-2.0': 'dlDeBy', 'CC0-1.0': 'cc0' };

/** The licence texts, in German where the licensor offers them so. */
export const LICENCE_URLS: Record<ContentLicence, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/deed.de',
  'DL-DE-BY-2.0': 'https://www.govdata.de/dl-de/by-2-0',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/deed.de',
};

export { CONTENT_LICENCES };

export const isContentLicence = (value: string): value is ContentLicence =>
  (CONTENT_LICENCES as readonly string[]).includes(value);

/** A licence's short name ("CC BY 4.0"). */
export const licenceName = (t: TFunction, licence: ContentLicence) =>
  t(`contentSharing.licences.${KEYS[licence]}.name`);

/** What the licence asks of those who adopt the page, in one sentence. */
export const licenceSummary = (t: TFunction, licence: ContentLicence) =>
  t(`contentSharing.licences.${KEYS[licence]}.summary`);
