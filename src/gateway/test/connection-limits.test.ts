/**
 * Slow and numerous clients cannot hold the gateway: a request that does not arrive whole within
 * the request timeout is answered 408 problem+json and closed, and connections past the cap are
 * closed as they arrive while the ones within it are served.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildGateway } from '../app.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import type { ConnectionLimits } from '../connection-limits.js';

let app: FastifyInstance | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await app?.close();
  app = undefined;
});

async function start(limits: ConnectionLimits): Promise<number> {
  app = await buildGateway({ adapter: createRecordingAdapter(), limits });
  return Number(new URL(await app.listen({ host: '127.0.0.1', port: 0 })).port);
}

/** Opens a connection, writes `text`, and resolves with everything read until the server closes it. */
function openAndRead(port: number, text: string): { socket: Socket; closed: Promise<string> } {
  const socket = connect({ host: '127.0.0.1', port });
  sockets.push(socket);
  socket.on('connect', () => socket.write(text));
  const closed = new Promise<string>((resolve) => {
    let answer = '';
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => resolve(answer));
  });
  return { socket, closed };
}

describe('connection limits', () => {
  it('a body that trickles past the request timeout is answered 408 problem+json', async () => {
    const port = await start({ requestTimeoutMs: 300, maxConnections: 100 });
    const started = performance.now();
    const { closed } = openAndRead(port, 'PUT /v1/sources/s1 HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"na');
    const answer = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(answer).toContain('urn:plumbline:problem:request-timeout');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('the 408 is in the published document for every operation, so clients can expect it', async () => {
    await start({ requestTimeoutMs: 300, maxConnections: 100 });
    const document = (await app!.inject('/openapi.json')).json() as { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ where: `${method} ${path}`, operation })),
    );
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter(({ operation }) => !operation.responses?.['408']).map(({ where }) => where)).toEqual([]);
  });

  it('connections past the cap are closed as they arrive; those within it are served', async () => {
    const port = await start({ requestTimeoutMs: 60_000, maxConnections: 3 });
    const held = [0, 1, 2].map(() => openAndRead(port, ''));
    await Promise.all(held.map(({ socket }) => new Promise((resolve) => socket.once('connect', resolve))));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const extra = openAndRead(port, 'GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n');
    expect(await extra.closed, 'the connection past the cap').toBe('');

    held[0].socket.destroy();
    await held[0].closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const served = openAndRead(port, 'GET /healthz HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n');
    expect(await served.closed).toMatch(/^HTTP\/1\.1 200 /);
  });
});
