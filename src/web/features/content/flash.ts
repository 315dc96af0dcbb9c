// A message for the next page, e.g. "Seite angelegt" after the new page's form has gone: set before
// navigating, taken once by the page that shows it.
let pending: string | null = null;

export function setFlash(message: string) {
  pending = message;
}

/**
 * The id of the confirmation a page shows on arrival; the navigation that sets it asks for the focus
 * to go there (`focusOnArrival(ARRIVAL_FLASH_ID)`), so it is read before the page.
 */
export const ARRIVAL_FLASH_ID = 'arrival-flash';

export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
