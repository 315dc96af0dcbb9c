import { invalid } from '../../../platform/errors/problem.ts';

/**
 * Trims the profile fields of an alliance. An empty description means "none"; a name
 * that is only blanks is refused (it would be an alliance nobody can find or tell apart).
 */
export function cleanProfile(input: { name?: string; description?: string | null; website?: string | null }) {
  const out: { name?: string; description?: string | null; website?: string | null } = {};
  if (input.name !== undefined) {
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (name.length < 2) throw invalid([{ field: 'body:/name', message: 'must have at least 2 characters' }]);
    out.name = name;
  }
  if (input.description !== undefined) out.description = input.description?.trim() || null;
  if (input.website !== undefined) out.website = input.website;
  return out;
}
