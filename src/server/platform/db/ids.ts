import { uuidv7 } from 'uuidv7';

/** A new time-ordered UUIDv7, generated in the app so both databases behave alike. */
export function newId(): string {
  return uuidv7();
}
