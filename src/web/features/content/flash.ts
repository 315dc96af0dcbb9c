// A message for the next page, e.g. "Seite angelegt" after the new page's form has gone: set before
// navigating, taken once by the page that shows it.
let pending: string | null = null;

export function setFlash(message: string) {
  pending = message;
}

export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
