import Fastify from 'fastify';

// The baseline: Fastify answering one JSON object, started like the Allmende server (child process,
// `node --import tsx`, logger at warn), so the ratio shows what the platform adds on top of the framework.
const app = Fastify({ logger: { level: 'warn' } });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.env.PORT ?? 3299), host: '127.0.0.1' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void app.close().then(() => process.exit(0)));
}
