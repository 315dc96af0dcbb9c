import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { registerValidation } from '../http/validation.ts';
import { registerErrorHandling } from './error-handler.ts';
import { conflict } from './problem.ts';

async function app() {
  const a = Fastify().withTypeProvider<TypeBoxTypeProvider>();
  registerValidation(a);
  registerErrorHandling(a);
  a.post(
    '/things',
    {
      schema: {
        body: Type.Object(
          { name: Type.String({ maxLength: 10 }), count: Type.Integer() },
          { additionalProperties: false },
        ),
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ maximum: 5 })) }),
      },
    },
    async (request) => ({ ...request.body, limit: request.query.limit ?? null }),
  );
  a.get('/conflict', async () => {
    throw conflict('already-there', 'Already there');
  });
  a.get('/race/:code', async (request) => {
    // As the database driver reports it, wrapped by the query builder.
    const cause = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: (request.params as { code: string }).code,
    });
    throw new Error('Failed query', { cause });
  });
  a.get('/boom', async () => {
    throw new Error('secret internals');
  });
  await a.ready();
  return a;
}

const json = { 'content-type': 'application/json' };

describe('problem+json error handling', () => {
  it('accepts a valid body and coerces query strings', async () => {
    const res = await (await app()).inject({
      method: 'POST',
      url: '/things?limit=3',
      headers: json,
      payload: { name: 'a', count: 1 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ name: 'a', count: 1, limit: 3 });
  });

  it('rejects half an emoji (a lone surrogate) with 400 instead of failing in the database', async () => {
    const res = await (await app()).inject({
      method: 'POST',
      url: '/things',
      headers: json,
      payload: '{"name":"a\\ud83d","count":1}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().type).toBe('/problems/validation');
    const whole = await (await app()).inject({
      method: 'POST',
      url: '/things',
      headers: json,
      payload: { name: 'a😀', count: 1 },
    });
    expect(whole.statusCode).toBe(200);
  });

  it.each([
    ['a missing field', { name: 'a' }, 'body:/count'],
    ['an extra field', { name: 'a', count: 1, admin: true }, 'body:/admin'],
    ['a wrong-typed field (no coercion of bodies)', { name: 'a', count: '1' }, 'body:/count'],
    ['an oversized string', { name: 'x'.repeat(11), count: 1 }, 'body:/name'],
  ])('rejects %s with 400 and names the field', async (_label, payload, field) => {
    const res = await (await app()).inject({ method: 'POST', url: '/things', headers: json, payload });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body.type).toBe('/problems/validation');
    expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('rejects malformed JSON with 400 malformed-json', async () => {
    const res = await (await app()).inject({ method: 'POST', url: '/things', headers: json, payload: '{"name": "a",' });
    expect(res.statusCode).toBe(400);
    expect(res.json().type).toBe('/problems/malformed-json');
  });

  it('rejects an unsupported media type with 415', async () => {
    const res = await (await app()).inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('rejects an invalid query string with 400', async () => {
    const res = await (await app()).inject({
      method: 'POST',
      url: '/things?limit=99',
      headers: json,
      payload: { name: 'a', count: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('querystring:/limit');
  });

  it('passes thrown problems through with their status and type', async () => {
    const res = await (await app()).inject({ method: 'GET', url: '/conflict' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ type: '/problems/already-there', title: 'Already there', status: 409 });
  });

  it.each(['23505', '40001', '40P01'])('answers a write that lost a race (SQLSTATE %s) with 409', async (code) => {
    const res = await (await app()).inject({ method: 'GET', url: `/race/${code}` });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ type: '/problems/concurrent-change', status: 409 });
    expect(res.body).not.toContain('duplicate key');
  });

  it('hides the internals of unexpected errors', async () => {
    const res = await (await app()).inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret internals');
    expect(res.json().type).toBe('/problems/internal');
  });
});
