// PostgreSQL's answers to two requests that change the same thing at the same moment: a unique value
// taken between a feature's check and its insert (23505), and a transaction that had to give way to
// another (40001 serialization failure, 40P01 deadlock). Neither is a fault of the request or the code,
// and the feature's own check answers the repeat properly.
const CONFLICT_STATES = new Set(['23505', '40001', '40P01']);

/** True when the error (or one it was caused by) is a write that lost a race with another. */
export function isWriteConflict(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CONFLICT_STATES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
