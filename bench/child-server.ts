import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';

/** A server the benchmark started as a child process. */
export interface ChildServer {
  baseUrl: string;
  /** The process ID, for reading its memory and CPU time. */
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `node --import tsx <entry>` with the given environment and waits until `readyPath` answers 200.
 * Its output goes to `logFile`, shown when it fails to start.
 */
export async function startChildServer(options: {
  entry: string;
  port: number;
  env?: Record<string, string | undefined>;
  /** Extra flags for node, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  readyPath: string;
  logFile: string;
  timeoutMs?: number;
}): Promise<ChildServer> {
  const log = createWriteStream(options.logFile);
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', options.entry], {
    env: { ...process.env, ...options.env, PORT: String(options.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(killer);
    }
    log.end();
  };

  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      log.end();
      throw new Error(
        `${options.entry} exited before it was ready (code ${child.exitCode}):\n${tail(options.logFile)}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}${options.readyPath}`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return { baseUrl, pid: child.pid ?? -1, logFile: options.logFile, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `${options.entry} was not ready within ${options.timeoutMs ?? 300_000} ms:\n${tail(options.logFile)}`,
      );
    }
    await sleep(250);
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no output)';
  }
}
