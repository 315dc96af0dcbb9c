import { invalid } from '../../platform/errors/problem.ts';

/** A workspace name as stored: trimmed, inner runs of white space made one; blank is refused. */
export function cleanName(name: string, field = 'body:/name'): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw invalid([{ field, message: 'must not be blank' }]);
  return trimmed;
}
