import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { copyBlobsToS3 } from '../../../../scripts/storage-to-s3.ts';
import type { TaskAttachment } from '../../../shared/contracts/projects.ts';
import { loadConfig } from '../../config.ts';
import { createdProject, createdTask, projectWorld, send } from '../../features/projects/project-fixtures.ts';
import { startTestS3 } from '../../test/s3-server.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { blobKeyOf, blobStorageFor } from './blob-storage.ts';
import { createS3BlobStorage } from './s3-blob-storage.ts';
import { s3SettingsOf } from './s3-settings.ts';

const s3 = await startTestS3();
afterAll(() => s3.close());

describe('a feature on the S3 store', () => {
  it('stores and serves task attachments from the bucket, unchanged for the people using them', async () => {
    const t = await buildTestApp({ s3: s3.settings });
    const w = await projectWorld(t);
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Bauakte in S3' });
    const task = await createdTask(t, w.owner, project.id, { title: 'Plan hochladen' });
    const bytes = Buffer.from('Bebauungsplan Nr. 12, Entwurf');
    const res = await t.request({
      method: 'POST',
      url: `/api/tasks/${task.id}/attachments?name=plan.txt`,
      cookie: w.owner.cookie,
      headers: { 'content-type': 'text/plain' },
      payload: bytes,
    });
    expect(res.statusCode, res.body).toBe(201);
    const attachment = res.json() as TaskAttachment;
    // In the bucket under the same key the disk would use, and not on the disk.
    expect(await createS3BlobStorage(s3.settings).head(blobKeyOf(bytes))).toEqual({ size: bytes.length });
    expect(existsSync(join(t.config.dataDir, 'blobs'))).toBe(false);
    const download = await send(t, w.member, 'GET', attachment.url);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe(bytes.toString());
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect((await send(t, w.outsider, 'GET', attachment.url)).statusCode).toBe(404);
  });
});

describe('presigned downloads', () => {
  it('send those who see a task’s file to the bucket for a few minutes, and nobody else', async () => {
    const t = await buildTestApp({ s3: { ...s3.settings, downloads: 'presigned' } });
    const w = await projectWorld(t);
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Vorlagen' });
    const task = await createdTask(t, w.owner, project.id, { title: 'Vorlage prüfen' });
    const res = await t.request({
      method: 'POST',
      url: `/api/tasks/${task.id}/attachments?name=${encodeURIComponent('Vorlage Ü.txt')}`,
      cookie: w.owner.cookie,
      headers: { 'content-type': 'text/plain' },
      payload: 'Beschlussvorlage',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { url } = res.json() as TaskAttachment;
    const redirect = await send(t, w.member, 'GET', url);
    expect(redirect.statusCode).toBe(302);
    expect(redirect.headers['cache-control']).toBe('no-store');
    const location = redirect.headers.location as string;
    expect(location.startsWith(`${s3.settings.endpoint}/`)).toBe(true);
    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('Beschlussvorlage');
    expect(file.headers.get('content-disposition')).toContain(
      "attachment; filename*=UTF-8''Vorlage%20%C3%9C.txt".slice(12),
    );
    for (const person of [w.outsider, null]) {
      const refused = await send(t, person, 'GET', url);
      expect(refused.statusCode).toBe(person ? 404 : 401);
      expect(refused.headers.location).toBeUndefined();
    }
  });
});

describe('npm run storage:to-s3', () => {
  it('copies the local blobs once, skips what is there, and leaves out a file that does not match its name', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'allmende-to-s3-'));
    const local = blobStorageFor({ dataDir });
    const keys = await Promise.all(['Logo', 'Anhang', 'Bild'].map((text) => local.put(Buffer.from(text))));
    const store = createS3BlobStorage(s3.settings);
    const dir = join(dataDir, 'blobs');
    // Interrupted after the first: the next run copies only the rest.
    await store.putAs(keys[0] as string, Readable.from([Buffer.from('Logo')]));
    expect(await copyBlobsToS3(dir, store)).toEqual({ copied: 2, skipped: 1, damaged: 0, bytes: 10 });
    expect(await copyBlobsToS3(dir, store)).toEqual({ copied: 0, skipped: 3, damaged: 0, bytes: 0 });
    for (const key of keys) expect((await store.get(key))?.toString()).toMatch(/Logo|Anhang|Bild/);

    const wrong = '1'.repeat(64);
    writeFileSync(join(dir, wrong), 'nicht das, was der Name sagt');
    writeFileSync(join(dir, '.incoming.tmp'), 'halb');
    const lines: string[] = [];
    expect(await copyBlobsToS3(dir, store, (line) => lines.push(line))).toEqual({
      copied: 0,
      skipped: 3,
      damaged: 1,
      bytes: 0,
    });
    expect(lines.join('\n')).toContain(wrong);
    expect(await store.head(wrong)).toBeNull();
    expect(readdirSync(dir)).toHaveLength(5);
  });

  it('copies nothing from a platform that has no blobs yet', async () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'allmende-to-s3-')), 'blobs');
    mkdirSync(empty);
    expect(await copyBlobsToS3(empty, createS3BlobStorage(s3.settings))).toEqual({
      copied: 0,
      skipped: 0,
      damaged: 0,
      bytes: 0,
    });
  });
});

describe('the S3 settings', () => {
  it('are off unless given, and the platform then keeps its blobs on the disk', () => {
    expect(loadConfig({}).s3).toBeUndefined();
    expect(s3SettingsOf({ S3_BUCKET: '  ' })).toBeUndefined();
  });

  it('are read with their defaults', () => {
    expect(
      s3SettingsOf({
        S3_ENDPOINT: 'https://s3.kreis.example',
        S3_BUCKET: 'allmende',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_FORCE_PATH_STYLE: 'true',
      }),
    ).toEqual({
      endpoint: 'https://s3.kreis.example',
      bucket: 'allmende',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      downloads: 'proxy',
      presignSeconds: 300,
    });
  });

  it('refuse half-given settings, naming what is missing and never a secret', () => {
    const cases: [NodeJS.ProcessEnv, RegExp][] = [
      [{ S3_ENDPOINT: 'https://s3.example', S3_SECRET_ACCESS_KEY: 'geheim' }, /^S3_BUCKET is missing/],
      [{ S3_BUCKET: 'b' }, /^S3_REGION is missing/],
      [{ S3_BUCKET: 'b', S3_REGION: 'eu-central-1', S3_SECRET_ACCESS_KEY: 'geheim' }, /^S3_ACCESS_KEY_ID is missing/],
      [{ S3_BUCKET: 'b', S3_REGION: 'eu-central-1', S3_ACCESS_KEY_ID: 'id' }, /^S3_SECRET_ACCESS_KEY is missing/],
      [{ S3_BUCKET: 'b', S3_ENDPOINT: 'kein url' }, /^S3_ENDPOINT/],
      [{ S3_BUCKET: 'b', S3_ENDPOINT: 'https://id:geheim@s3.example' }, /^S3_ENDPOINT must not carry credentials/],
      [{ S3_BUCKET: 'b', S3_REGION: 'r', S3_DOWNLOADS: 'direct' }, /^S3_DOWNLOADS/],
      [{ S3_BUCKET: 'b', S3_REGION: 'r', S3_FORCE_PATH_STYLE: 'ja' }, /^S3_FORCE_PATH_STYLE/],
      [{ S3_BUCKET: 'b', S3_REGION: 'r', S3_PRESIGN_SECONDS: '0' }, /^S3_PRESIGN_SECONDS/],
    ];
    for (const [env, message] of cases) {
      expect(() => loadConfig(env)).toThrow(message);
      try {
        loadConfig(env);
      } catch (error) {
        expect((error as Error).message).not.toContain('geheim');
      }
    }
  });
});
