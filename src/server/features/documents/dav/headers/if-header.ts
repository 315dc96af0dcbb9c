import { davBadRequest } from '../dav-error.ts';

/** One condition of a list: a state token (lock token) or an entity tag, perhaps negated. */
export type IfCondition = { not: boolean; token: string } | { not: boolean; etag: string };

/** The lists of one resource: the request's own (resource null) or a tagged one's. */
export interface IfGroup {
  /** The tagged resource as written (absolute URI or path), or null for untagged lists. */
  resource: string | null;
  lists: IfCondition[][];
}

// Longer than any header a client of ours sends; refused instead of parsed.
const MAX_IF_LENGTH = 8_000;

/**
 * Parses an RFC 4918 `If` header (section 10.4): untagged lists `(<token> ["etag"])` or tagged ones
 * `<uri> (Not <token>)`. Null when there is no header; 400 when it is not well-formed.
 */
export function parseIfHeader(header: string | undefined): IfGroup[] | null {
  if (header === undefined || header.trim() === '') return null;
  if (header.length > MAX_IF_LENGTH) throw davBadRequest('The If header is too long.');
  const bad = (what: string) => davBadRequest(`The If header is not well-formed: ${what}.`);
  const groups: IfGroup[] = [];
  let tagged: boolean | null = null;
  let at = 0;
  const skipSpace = () => {
    while (at < header.length && /\s/.test(header.charAt(at))) at += 1;
  };
  const until = (end: string) => {
    const close = header.indexOf(end, at);
    if (close < 0) throw bad(`missing ${end}`);
    const value = header.slice(at, close);
    at = close + 1;
    return value;
  };
  for (skipSpace(); at < header.length; skipSpace()) {
    const c = header.charAt(at);
    if (c === '<') {
      if (tagged === false) throw bad('tagged and untagged lists mixed');
      tagged = true;
      at += 1;
      groups.push({ resource: until('>'), lists: [] });
      continue;
    }
    if (c !== '(') throw bad(`unexpected "${c}"`);
    if (tagged === null) {
      tagged = false;
      groups.push({ resource: null, lists: [] });
    }
    const group = groups[groups.length - 1];
    if (!group) throw bad('a list without a resource');
    at += 1;
    const list: IfCondition[] = [];
    for (skipSpace(); header.charAt(at) !== ')'; skipSpace()) {
      if (at >= header.length) throw bad('missing )');
      let not = false;
      if (header.slice(at, at + 3).toLowerCase() === 'not' && /[\s<[]/.test(header.charAt(at + 3))) {
        not = true;
        at += 3;
        skipSpace();
      }
      const open = header.charAt(at);
      at += 1;
      if (open === '<') list.push({ not, token: until('>') });
      else if (open === '[') list.push({ not, etag: until(']') });
      else throw bad(`unexpected "${open}" in a list`);
    }
    at += 1;
    if (list.length === 0) throw bad('an empty list');
    group.lists.push(list);
  }
  if (groups.length === 0 || groups.some((g) => g.lists.length === 0)) throw bad('no list');
  return groups;
}

/** What a condition is checked against: the resource's ETag (null when unmapped) and the tokens of the locks on it. */
export interface IfResourceState {
  etag: string | null;
  lockTokens: readonly string[];
}

const weakless = (etag: string) => etag.replace(/^W\//, '');

/** True when one list of conditions holds for the resource. */
function listHolds(list: readonly IfCondition[], state: IfResourceState): boolean {
  return list.every((condition) => {
    const holds =
      'token' in condition
        ? state.lockTokens.includes(condition.token)
        : state.etag !== null && weakless(condition.etag) === weakless(state.etag);
    return condition.not ? !holds : holds;
  });
}

/**
 * Evaluates the header (RFC 4918 10.4.3): true when some list holds for its resource. `stateOf` gives
 * the state of a tagged resource (by the href as written) or, for null, of the request's own.
 */
export async function ifHeaderHolds(
  groups: readonly IfGroup[],
  stateOf: (resource: string | null) => Promise<IfResourceState>,
): Promise<boolean> {
  for (const group of groups) {
    const state = await stateOf(group.resource);
    if (group.lists.some((list) => listHolds(list, state))) return true;
  }
  return false;
}

/** Every state token the header names: the lock tokens the client submits (RFC 4918 10.4.1). */
export function submittedTokens(groups: readonly IfGroup[] | null): string[] {
  const tokens = new Set<string>();
  for (const group of groups ?? []) {
    for (const list of group.lists) for (const c of list) if ('token' in c && !c.not) tokens.add(c.token);
  }
  return [...tokens];
}
