import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

// A second baseline for bench:atlas: Fastify answering the recorded atlas search answers byte for byte
// (same status, gzip, size), so the load generator's own cost for large bodies is measured too.
const answers = JSON.parse(readFileSync(process.env.ANSWERS_FILE as string, 'utf8')) as {
  path: string;
  encoding: string | null;
  base64: string;
}[];
const byPath = new Map(answers.map((a) => [a.path, { encoding: a.encoding, body: Buffer.from(a.base64, 'base64') }]));
const app = Fastify({ logger: { level: 'warn' } });
app.get('/*', async (request, reply) => {
  const answer = byPath.get(request.url);
  if (!answer) return reply.code(404).send({ error: 'not recorded' });
  if (answer.encoding) reply.header('content-encoding', answer.encoding);
  return reply.type('application/json; charset=utf-8').header('vary', 'Accept-Encoding').send(answer.body);
});
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.env.PORT ?? 3392), host: '127.0.0.1' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void app.close().then(() => process.exit(0)));
}
