import { readdirSync, readFileSync } from 'node:fs';

// CPU time spent by the processes of a run, from /proc (Linux): what a request costs each process,
// which a busy machine does not change the way it changes throughput and latency. Elsewhere it reads 0.

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function ticksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name may hold spaces and parentheses; the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function pidsNamed(name: string): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/** CPU seconds used so far by the server process, every PostgreSQL process on this machine, and this process. */
export function cpuSeconds(serverPid: number): { server: number; postgres: number; load: number } {
  const usage = process.cpuUsage();
  return {
    server: ticksOf(serverPid) / TICKS_PER_SECOND,
    postgres: pidsNamed('postgres').reduce((sum, pid) => sum + ticksOf(pid), 0) / TICKS_PER_SECOND,
    load: (usage.user + usage.system) / 1e6,
  };
}

/** Milliseconds of CPU per request between two readings. */
export function cpuPerRequest(
  before: ReturnType<typeof cpuSeconds>,
  after: ReturnType<typeof cpuSeconds>,
  requests: number,
): { server: number; postgres: number; load: number } {
  const per = (a: number, b: number) => (requests > 0 ? Math.round(((b - a) * 1000 * 100) / requests) / 100 : 0);
  return {
    server: per(before.server, after.server),
    postgres: per(before.postgres, after.postgres),
    load: per(before.load, after.load),
  };
}
