import { readFileSync } from 'node:fs';

// The server's resident memory, read from /proc/<pid>/status (VmRSS) of its child process, in MiB.

/** The process's resident memory now, in MiB (0 where /proc is not there). */
export function rssMiB(pid: number): number {
  try {
    const line = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Math.round(Number(line[1]) / 102.4) / 10 : 0;
  } catch {
    return 0;
  }
}

export interface MemoryFigures {
  /** Before the transfer (the median of five samples 100 ms apart). */
  beforeMiB: number;
  /** The highest sample during it (every 20 ms). */
  peakMiB: number;
  /** Two seconds after it ended. */
  afterMiB: number;
  /** peak − before. */
  growthMiB: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `work` while sampling the process's memory; returns what `work` returned and the figures. */
export async function withMemory<T>(pid: number, work: () => Promise<T>): Promise<{ value: T; memory: MemoryFigures }> {
  const before: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    before.push(rssMiB(pid));
    await sleep(100);
  }
  const beforeMiB = before.sort((a, b) => a - b)[2] as number;
  let peakMiB = beforeMiB;
  const sampler = setInterval(() => {
    peakMiB = Math.max(peakMiB, rssMiB(pid));
  }, 20);
  let value: T;
  try {
    value = await work();
  } finally {
    clearInterval(sampler);
  }
  peakMiB = Math.max(peakMiB, rssMiB(pid));
  await sleep(2000);
  const afterMiB = rssMiB(pid);
  const growthMiB = Math.round((peakMiB - beforeMiB) * 10) / 10;
  return { value, memory: { beforeMiB, peakMiB, afterMiB, growthMiB } };
}
