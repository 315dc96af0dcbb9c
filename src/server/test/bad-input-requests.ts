import {
  deepArray,
  HOSTILE_BODIES,
  HOSTILE_ENCODED,
  HOSTILE_JSON,
  HOSTILE_RAW_JSON,
  HOSTILE_TEXTS,
  percentEncode,
} from './bad-input-values.ts';
import { exampleOf, type JsonSchema, type KnownValues } from './openapi-examples.ts';

// Requests generated from the OpenAPI document: for every operation a valid-looking request, then
// the same with one parameter at a time (path, query, body field, header) made hostile, and bodies
// that are not what the route wants at all.

export interface Operation {
  method: string;
  /** The OpenAPI path, `/api/workspaces/{id}`. */
  path: string;
  parameters: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: JsonSchema }[];
  body: { contentTypes: string[]; schema: JsonSchema } | null;
}

export interface BadRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** What was made hostile, for the failure message. */
  what: string;
  /** The operation it belongs to: `PATCH /api/workspaces/{id}`. */
  operation: string;
}

/** What the test knows of its world: a real value for a path parameter, for a field by name. */
export interface Substitutions {
  pathValue(path: string, name: string): string;
  known: KnownValues;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path' | 'body'> & { requestBody?: unknown }>>;
}

/** Every operation of the document (the realtime WebSocket is hidden from it). */
export function operationsOf(document: unknown): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries((document as OpenApiDocument).paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)?.content;
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: content ? { contentTypes: Object.keys(content), schema: Object.values(content)[0]?.schema ?? {} } : null,
      });
    }
  }
  return operations;
}

/**
 * Operations in an order in which the later ones do not undo the earlier ones' world: removals
 * after everything else, then locks and password changes, the signing out last of all.
 */
export function destructiveness(op: Operation): number {
  if (/\/auth\/logout/.test(op.path)) return 3;
  if (/\/lock$|change-password|password-reset\/confirm|\/me\/organisation$/.test(op.path)) return 2;
  return op.method === 'DELETE' ? 1 : 0;
}

const RAW = '__bad_input_raw_value__';

function setAt(target: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(target) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

/** Body fields worth a hostile value: top-level ones and those one level down (inside arrays' items). */
function fieldPaths(schema: JsonSchema, base: unknown): { path: (string | number)[]; schema: JsonSchema }[] {
  const fields: { path: (string | number)[]; schema: JsonSchema }[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    fields.push({ path: [name], schema: property });
    const inner = property.items ?? property.anyOf?.find((o) => o.type === 'object');
    const nested = inner?.properties ?? (property.type === 'object' ? property.properties : undefined);
    if (!nested) continue;
    const holder = (base as Record<string, unknown>)[name];
    const prefix = property.items ? [name, 0] : [name];
    const present = property.items
      ? Array.isArray(holder) && holder.length > 0
      : holder !== null && typeof holder === 'object';
    if (!present) continue;
    for (const [inside, innerSchema] of Object.entries(nested)) {
      fields.push({ path: [...prefix, inside], schema: innerSchema });
    }
  }
  return fields;
}

/** The requests for one operation, given a generator-drawn subset size for the long catalogues. */
/** Draws `count` values of a catalogue; the first `always` of them always. */
export type Pick = <T>(values: readonly T[], count: number, always?: number) => T[];

/** The requests for one operation; `pick` draws from the long catalogues. */
export function requestsFor(op: Operation, world: Substitutions, pick: Pick): BadRequest[] {
  const requests: BadRequest[] = [];
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const validPath = Object.fromEntries(
    pathParams.map((p) => [p.name, encodeURIComponent(world.pathValue(op.path, p.name))]),
  );
  const url = (path: Record<string, string>, query = '') =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => path[name] ?? '') + (query ? `?${query}` : '');
  const requiredQuery = queryParams
    .filter((p) => p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(exampleOf(p.schema, world.known, p.name)))}`);
  const jsonBody = op.body?.contentTypes.includes('application/json') ?? false;
  const baseBody = op.body ? exampleOf(op.body.schema, world.known) : undefined;
  const send = (
    what: string,
    target: string,
    body?: { payload: string | Buffer; contentType?: string },
    headers = {},
  ) => {
    const contentType = body?.contentType ?? (jsonBody ? 'application/json' : op.body?.contentTypes[0]);
    requests.push({
      method: op.method,
      url: target,
      headers: { ...(body && contentType ? { 'content-type': contentType } : {}), ...headers },
      ...(body ? { payload: body.payload } : {}),
      what,
      operation: `${op.method} ${op.path}`,
    });
  };
  const validQuery = requiredQuery.join('&');
  const validBody = op.body
    ? { payload: jsonBody ? JSON.stringify(baseBody) : Buffer.from('not really an image') }
    : undefined;

  send('valid-looking request', url(validPath, validQuery), validBody);

  const pathOrQueryValues = () => [...pick(HOSTILE_TEXTS, 7, 6).map(percentEncode), ...pick(HOSTILE_ENCODED, 2, 1)];
  for (const param of pathParams) {
    const values = pathOrQueryValues();
    for (const value of values) {
      send(
        `path ${param.name}=${value.slice(0, 40)}`,
        url({ ...validPath, [param.name]: value }, validQuery),
        validBody,
      );
    }
  }
  for (const param of queryParams) {
    const others = requiredQuery.filter((q) => !q.startsWith(`${param.name}=`));
    const values = pathOrQueryValues();
    for (const value of values) {
      const query = [...others, `${param.name}=${value}`].join('&');
      send(`query ${param.name}=${value.slice(0, 40)}`, url(validPath, query), validBody);
    }
    send(`query ${param.name} repeated`, url(validPath, [...others, `${param.name}=a`, `${param.name}=b`].join('&')));
  }
  if (!op.body) return requests;

  for (const body of pick(HOSTILE_BODIES, 8, 4))
    send(`body ${body.payload.slice(0, 40)}`, url(validPath, validQuery), body);
  if (jsonBody && baseBody && typeof baseBody === 'object') {
    for (const field of fieldPaths(op.body.schema, baseBody)) {
      const name = field.path.join('.');
      const values: unknown[] = [...pick(HOSTILE_TEXTS, 6, 6), ...pick(HOSTILE_JSON, 3, 1)];
      for (const value of values) {
        const payload = JSON.stringify(setAt(baseBody, field.path, value));
        send(`field ${name}=${JSON.stringify(value)?.slice(0, 40)}`, url(validPath, validQuery), { payload });
      }
      // Values JSON.stringify cannot write (1e999) go in as text in place of a marker.
      const withMarker = JSON.stringify(setAt(baseBody, field.path, RAW));
      for (const raw of pick([deepArray(10_000), ...HOSTILE_RAW_JSON], 2, 1)) {
        send(`field ${name}=${raw.slice(0, 40)}`, url(validPath, validQuery), {
          payload: withMarker.replace(`"${RAW}"`, () => raw),
        });
      }
    }
  }
  for (const fileName of pick(['rechnung%E2%80%AEfdp.exe', '%00', '%ED%A0%80', '%zz', 'x'.repeat(10_000)], 2, 1)) {
    send(`header x-file-name=${fileName.slice(0, 40)}`, url(validPath, validQuery), validBody, {
      'x-file-name': fileName,
    });
  }
  for (const key of pick(['x'.repeat(10_000), '', ' ', "'; drop table messages; --", '%00'], 1)) {
    send(`header idempotency-key=${key.slice(0, 40)}`, url(validPath, validQuery), validBody, {
      'idempotency-key': key,
    });
  }
  return requests;
}
