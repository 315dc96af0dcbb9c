import type { MediaLicence } from '../../../../shared/contracts/content-media.ts';
import { html, type SafeHtml } from '../../../platform/web-pages/html.ts';

/** The licences' short names as a credit line gives them, and where their text is. */
export const LICENCES: Record<Exclude<MediaLicence, 'own'>, { label: string; url: string }> = {
  'CC-BY-4.0': { label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.de' },
  'CC-BY-SA-4.0': { label: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.de' },
  'CC0-1.0': { label: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.de' },
  'DL-DE-BY-2.0': { label: 'dl-de/by-2-0', url: 'https://www.govdata.de/dl-de/by-2-0' },
  'DL-DE-ZERO-2.0': { label: 'dl-de/zero-2-0', url: 'https://www.govdata.de/dl-de/zero-2-0' },
};

export interface Credit {
  author: string;
  licence: MediaLicence;
  sourceUrl: string | null;
  /** The organisation that holds the rights of an image under `own`. */
  organisationName: string;
}

/** The licence as a credit line names it (its short name, or "© organisation" when all rights are kept) and its text's address. */
function licenceOf(credit: Credit): { label: string; url: string | null } {
  return credit.licence === 'own' ? { label: `© ${credit.organisationName}`, url: null } : LICENCES[credit.licence];
}

/**
 * The credit line pages show with an image, in German as the pages are written:
 * "Foto: Jane Doe, CC BY 4.0, Quelle: https://…"; for the organisation's own images
 * "Foto: Jane Doe, © Stadt Musterstadt". The source is left out when there is none.
 */
export function attributionOf(credit: Credit): string {
  const licence = licenceOf(credit);
  return [`Foto: ${credit.author.trim()}`, licence.label, credit.sourceUrl ? `Quelle: ${credit.sourceUrl}` : null]
    .filter(Boolean)
    .join(', ');
}

/** The same credit line as HTML, the licence and the source as links (for a figure's caption). */
export function attributionHtml(credit: Credit): SafeHtml {
  const licence = licenceOf(credit);
  const licenceText = licence.url ? html`<a href="${licence.url}">${licence.label}</a>` : licence.label;
  const source = credit.sourceUrl ? html`, Quelle: <a href="${credit.sourceUrl}">${credit.sourceUrl}</a>` : '';
  return html`Foto: ${credit.author.trim()}, ${licenceText}${source}`;
}
