import { describe, expect, it } from 'vitest';
import type { UploadState } from '../document-types.ts';
import { type ResumableTransport, sendResumable } from './resumable.ts';
import { TransferError } from './transfer.ts';

/** A server holding the received bytes; `fail` decides per chunk call what goes wrong. */
function fakeServer(chunkBytes: number, fail: (call: number, offset: number) => 'network' | 'lost-after' | null) {
  const held: number[] = [];
  let calls = 0;
  let cancelled = false;
  const state = (size: number): UploadState => ({
    id: 'u1',
    size,
    received: held.length,
    chunkBytes,
    expiresAt: '2026-12-08T00:00:00Z',
  });
  let size = 0;
  const transport: ResumableTransport = {
    async start(s) {
      size = s;
      return state(size);
    },
    async chunk(_id, offset, bytes, onProgress) {
      calls += 1;
      if (offset !== held.length) {
        throw new TransferError(409, 'upload-offset-mismatch', 'Offset', { received: held.length });
      }
      const what = fail(calls, offset);
      if (what === 'network') throw new TransferError(0, 'network', 'Network error', {});
      const data = new Uint8Array(await bytes.arrayBuffer());
      held.push(...data);
      onProgress(data.length);
      if (what === 'lost-after') throw new TransferError(0, 'network', 'Network error', {});
      return state(size);
    },
    async state() {
      return state(size);
    },
    async cancel() {
      cancelled = true;
    },
  };
  return { transport, held, calls: () => calls, cancelled: () => cancelled };
}

const fileOf = (n: number) => new Blob([new Uint8Array(Array.from({ length: n }, (_, i) => i % 251))]);

describe('a resumable upload', () => {
  it('sends the file in chunks and reports the bytes received', async () => {
    const server = fakeServer(4, () => null);
    const seen: number[] = [];
    const id = await sendResumable(fileOf(10), server.transport, { onProgress: (n) => seen.push(n), retryMs: 0 });
    expect(id).toBe('u1');
    expect(server.held).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(server.calls()).toBe(3);
    expect(seen.at(-1)).toBe(10);
  });

  it('after a network failure goes on from what the server says it received, without sending bytes twice', async () => {
    // The second chunk arrives, but its answer is lost; the third fails before arriving.
    const server = fakeServer(4, (call) => (call === 2 ? 'lost-after' : call === 3 ? 'network' : null));
    await sendResumable(fileOf(10), server.transport, { onProgress: () => undefined, retryMs: 0 });
    expect(server.held).toEqual(Array.from({ length: 10 }, (_, i) => i));
  });

  it('gives up after as many failures in a row as allowed', async () => {
    const server = fakeServer(4, (call) => (call > 1 ? 'network' : null));
    await expect(
      sendResumable(fileOf(10), server.transport, { onProgress: () => undefined, retries: 2, retryMs: 0 }),
    ).rejects.toMatchObject({ status: 0 });
    expect(server.calls()).toBe(4);
  });

  it('stops and deletes the upload on the server when cancelled', async () => {
    const controller = new AbortController();
    const server = fakeServer(4, (call) => {
      if (call === 2) controller.abort();
      return null;
    });
    await expect(
      sendResumable(fileOf(10), server.transport, { onProgress: () => undefined, signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.cancelled()).toBe(true);
  });

  it('refuses for good what the server refuses (a full quota)', async () => {
    const server = fakeServer(4, () => null);
    server.transport.chunk = async () => {
      throw new TransferError(413, 'quota-exceeded', 'Quota', {});
    };
    await expect(
      sendResumable(fileOf(10), server.transport, { onProgress: () => undefined, retryMs: 0 }),
    ).rejects.toMatchObject({ type: 'quota-exceeded' });
  });
});
