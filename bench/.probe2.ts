import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import autocannon from 'autocannon';
import { startChildServer } from './child-server.ts';
import { signInNewPerson } from './sign-in.ts';
const pg = process.env.PROBE_PG === '1';
const admin = postgres('postgres://postgres@127.0.0.1:5432/postgres', { max: 1 });
const name = `probe_${Date.now().toString(36)}`;
if (pg) await admin.unsafe(`create database "${name}"`);
const dataDir = mkdtempSync(join(tmpdir(), 'probe-'));
mkdirSync(join(dataDir, 'web')); writeFileSync(join(dataDir, 'web/index.html'), 'x');
const s = await startChildServer({ entry: '/work/main/src/server/main.ts', port: 3320, readyPath: '/api/health', logFile: join(dataDir, 'log'),
  env: { DATA_DIR: dataDir, WEB_DIST: join(dataDir, 'web'), DATABASE_URL: pg ? `postgres://postgres@127.0.0.1:5432/${name}` : undefined, LOG_LEVEL: 'warn', NODE_ENV: 'production', PUBLIC_URL: 'http://127.0.0.1:3320' } });
const cookie = await signInNewPerson(s.baseUrl, dataDir);
const serverPid = execSync(`ss -ltnp 'sport = :3320' | grep -o 'pid=[0-9]*' | head -1`).toString().trim().slice(4);
function cpu() { // ticks per process group: server, postgres, self
  const out: Record<string, number> = { server: 0, postgres: 0, bench: 0, other: 0 };
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try { const st = readFileSync(`/proc/${pid}/stat`, 'utf8'); const comm = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')')); const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const t = Number(f[11]) + Number(f[12]);
      const k = pid === serverPid ? 'server' : comm.startsWith('postgres') ? 'postgres' : pid === String(process.pid) ? 'bench' : 'other'; out[k] += t; } catch {}
  }
  return out;
}
const paths = { me: ['/api/me'], health: ['/api/health'], search: ['seeveatl','neu','03353','Seevetal','münch','Frankfrt','bad ','091620000000','lüneb','Kiel'].map(q => `/api/organisations?q=${encodeURIComponent(q)}`) };
for (const [k, p] of Object.entries(paths)) for (const c of [1, 50]) {
  const a = cpu(); const t0 = Date.now();
  const r = await autocannon({ url: s.baseUrl, connections: c, duration: 5, headers: { cookie }, requests: p.map((path) => ({ method: 'GET', path })) });
  const b = cpu(); const secs = (Date.now() - t0) / 1000;
  const pct = Object.fromEntries(Object.keys(a).map((x) => [x, Math.round(((b[x] - a[x]) / 100 / secs) * 100)]));
  console.log(k.padEnd(7), String(c).padStart(2), 'conns', String(Math.round(r.requests.average)).padStart(6), 'req/s p50', r.latency.p50, 'p99', r.latency.p99, 'cpu% ', JSON.stringify(pct));
}
await s.stop();
if (pg) await admin.unsafe(`drop database "${name}" with (force)`); await admin.end();
