/**
 * Where to go after signing in: only a path on this platform (`/workspaces/x?tab=1`), never another
 * origin. Anything else — `https://…`, `//evil.example`, `/\evil.example`, control characters — is
 * ignored (null), so the callback cannot be used as an open redirect.
 */
export function safeReturnTo(value: string | undefined): string | null {
  if (!value || value.length > 1000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  try {
    // Resolved against a made-up origin: a path that leaves it (after the URL parser's normalising) is refused.
    const base = 'http://platform.invalid';
    const resolved = new URL(value, base);
    if (resolved.origin !== base) return null;
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  } catch {
    return null;
  }
}
