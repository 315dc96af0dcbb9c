import { Stream } from 'node:stream';
import { Problem } from '../errors/problem.ts';
import { cleanText, type Refusal, refusalOf } from './input-text.ts';

/** The parts of a request the rule walks, named as the validator names them in field errors. */
export type RequestPart = 'body' | 'querystring' | 'params' | 'headers';

/**
 * The 400 for a refused text (`validation`, naming the field). A route may turn it into an answer of
 * its own with a route error handler (the atlas import reports NUL as a binary file).
 */
export class InputRefusal extends Problem {
  constructor(
    readonly field: string,
    readonly kind: Refusal['kind'],
    message: string,
  ) {
    super(
      400,
      'validation',
      'Invalid request',
      kind === 'nul' ? 'The request contains a NUL character.' : 'The request contains broken characters.',
      [{ field, message }],
    );
  }
}

/** Throws the refusal of a text that entered somewhere else than query, params or body (a header). */
export function checkText(part: RequestPart, name: string, text: string): string {
  const refusal = refusalOf(text);
  if (refusal) throw new InputRefusal(`${part}:/${name}`, refusal.kind, refusal.message);
  return cleanText(text);
}

interface Pending {
  value: object;
  path: string;
}

/** Raw uploads: bytes, or the request's own stream (whose object graph is the socket's and the server's). */
const isRaw = (value: object) => Buffer.isBuffer(value) || value instanceof Stream;

const pointer = (key: string) => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;

/**
 * Applies the input rule (`input-text.ts`) to every string of a parsed request part, keys included,
 * in place, and returns the part. Throws an {@link InputRefusal} for the first string it refuses.
 * Iterative, so a body nested ten thousand levels deep cannot overflow the stack; buffers (raw
 * uploads, and the streams of routes that read their body as it arrives) are left alone.
 */
export function applyInputRule(part: RequestPart, root: unknown): unknown {
  const refuse = (path: string, refusal: Refusal, what = '') => {
    throw new InputRefusal(`${part}:${path || '/'}`, refusal.kind, `${what}${refusal.message}`);
  };
  if (typeof root === 'string') {
    const refusal = refusalOf(root);
    if (refusal) refuse('', refusal);
    return cleanText(root);
  }
  if (root === null || typeof root !== 'object' || isRaw(root)) return root;
  const stack: Pending[] = [{ value: root, path: '' }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const target = next.value as Record<string, unknown>;
    const isArray = Array.isArray(target);
    for (const key of Object.keys(target)) {
      const path = next.path + pointer(key);
      const item = target[key];
      let cleanKey = key;
      if (!isArray) {
        const keyRefusal = refusalOf(key);
        if (keyRefusal) refuse(path, keyRefusal, 'name ');
        cleanKey = cleanText(key);
        if (cleanKey !== key) {
          delete target[key];
          target[cleanKey] = item;
        }
      }
      if (typeof item === 'string') {
        const refusal = refusalOf(item);
        if (refusal) refuse(path, refusal);
        const cleaned = cleanText(item);
        if (cleaned !== item) target[cleanKey] = cleaned;
      } else if (item !== null && typeof item === 'object' && !isRaw(item)) {
        stack.push({ value: item, path });
      }
    }
  }
  return root;
}
