import type { CommunityDetail } from '../../../../shared/contracts/network-communities.ts';
import { createOrganisation, createPerson, type TestPerson } from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';

export function send(
  t: TestApp,
  person: TestPerson | null,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return t.request({
    method,
    url,
    cookie: person?.cookie,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

/** People of two organisations (Seevetal, Brilon) and one without a confirmed home organisation. */
export async function communityWorld(t: TestApp) {
  const seevetal = await createOrganisation(t, { name: `Gemeinde Seevetal ${Date.now()}` });
  const brilon = await createOrganisation(t, { name: `Stadt Brilon ${Date.now()}` });
  return {
    seevetal,
    brilon,
    founder: await createPerson(t, { organisation: seevetal, name: 'Frieda Gründer' }),
    colleague: await createPerson(t, { organisation: brilon, name: 'Bruno Kollege' }),
    other: await createPerson(t, { organisation: brilon, name: 'Olga Andere' }),
    pending: await createPerson(t, { organisation: seevetal, pending: true }),
  };
}

export type CommunityWorld = Awaited<ReturnType<typeof communityWorld>>;

export async function createdCommunity(
  t: TestApp,
  person: TestPerson,
  input: { name: string; joinPolicy?: 'open' | 'request'; description?: string; approveFirstPosts?: boolean },
): Promise<CommunityDetail> {
  const res = await send(t, person, 'POST', '/api/network/communities', input);
  if (res.statusCode !== 201) throw new Error(`community not created: ${res.statusCode} ${res.body}`);
  return res.json() as CommunityDetail;
}
