// A write whose answer is lost (a dropped connection, a server restarting) may have been committed.
// Sent again with the same Idempotency-Key, it gets the first answer instead of writing twice.

/** A new key: 128 random bits in UUID form (crypto.randomUUID needs HTTPS; getRandomValues does not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The key of one user action (a message to send, a record to save). */
export interface ActionKey {
  /**
   * The key for sending this payload: the same one while the payload is unchanged (pressing Send again
   * after a failure is a retry), a new one when it changed (that is another action).
   */
  for(payload: unknown): string;
  /** The action succeeded: the next send is a new action, even with the same payload. */
  done(): void;
}

export function createActionKey(): ActionKey {
  let sent: string | null = null;
  let key = '';
  return {
    for(payload) {
      const json = JSON.stringify(payload);
      if (json !== sent) {
        sent = json;
        key = newIdempotencyKey();
      }
      return key;
    },
    done() {
      sent = null;
    },
  };
}
