import { expect } from 'vitest';
import type { DocumentItem } from '../../../shared/contracts/documents.ts';
import type { TestPerson } from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';
import { type ChatWorkspace, chatWorkspace } from '../chat/chat-fixtures.ts';

// Helpers for the documents tests: a workspace with its owner, a member, a guest from another
// organisation and an outsider; files uploaded through the API as the web app does.

export type DocumentWorld = ChatWorkspace & { space: string };

export async function documentWorld(t: TestApp): Promise<DocumentWorld> {
  const w = await chatWorkspace(t);
  return { ...w, space: `/api/documents/spaces/workspace/${w.workspaceId}` };
}

/** Sends raw bytes as a person (no JSON). */
export function sendBytes(
  t: TestApp,
  person: TestPerson | null,
  method: 'POST' | 'PATCH',
  url: string,
  body: string | Buffer,
) {
  return t.request({
    method,
    url,
    cookie: person?.cookie,
    headers: { 'content-type': 'application/octet-stream' },
    payload: body,
  });
}

export async function uploaded(
  t: TestApp,
  person: TestPerson,
  space: string,
  name: string,
  body: string | Buffer,
  query = '',
): Promise<DocumentItem> {
  const res = await sendBytes(t, person, 'POST', `${space}/files?name=${encodeURIComponent(name)}${query}`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as DocumentItem;
}
