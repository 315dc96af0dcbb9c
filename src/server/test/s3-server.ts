import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { S3Settings } from '../platform/storage/s3-settings.ts';

export interface TestS3 {
  settings: S3Settings;
  /** Where the server keeps its objects on disk. */
  directory: string;
  close(): Promise<void>;
}

/** An S3-compatible server on a free local port with one empty bucket, and the settings that reach it. */
export async function startTestS3(overrides: Partial<S3Settings> = {}): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'allmende-s3-'));
  const bucket = 'allmende-test';
  // In a process of its own, so the memory the tests measure is the platform's alone; it ends with its
  // stdin, so a test process that dies takes it along.
  const s3rver = pathToFileURL(createRequire(import.meta.url).resolve('s3rver')).href;
  const server = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import S3rver from ${JSON.stringify(s3rver)};
       process.stdin.on('end', () => process.exit(0)).resume();
       const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: process.argv[1],
         configureBuckets: [{ name: process.argv[2] }] });
       const { port } = await server.run();
       console.log(port);`,
      directory,
      bucket,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const [line] = (await once(server.stdout, 'data')) as [Buffer];
  const port = Number(line.toString().trim());
  if (!Number.isInteger(port)) throw new Error(`the test S3 server did not start: ${line}`);
  return {
    settings: {
      endpoint: `http://127.0.0.1:${port}`,
      bucket,
      region: 'us-east-1',
      // s3rver's fixed pair.
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
      downloads: 'proxy',
      presignSeconds: 300,
      ...overrides,
    },
    directory,
    async close() {
      server.kill();
      if (server.exitCode === null) await once(server, 'exit');
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
