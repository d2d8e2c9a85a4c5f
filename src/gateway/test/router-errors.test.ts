/**
 * What is refused before any route runs is answered like every other error: a problem with the
 * security headers, on a real socket (these refusals never reach `inject`), and without a reset.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildGateway } from '../app.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';

let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  app = await buildGateway({ adapter: createRecordingAdapter() });
  port = Number(new URL(await app.listen({ host: '127.0.0.1', port: 0 })).port);
});
afterAll(() => app.close());

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One request on its own connection; a reset rejects. */
function send(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, headers: { connection: 'close', ...headers } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function expectProblem(answer: Answer, status: number, kind: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
  expect(JSON.parse(answer.body)).toMatchObject({ type: `urn:plumbline:problem:${kind}`, status, title: expect.any(String) });
}

describe('refusals before routing', () => {
  it('a path that is not valid %-encoding: 400 validation-failed', async () => {
    expectProblem(await send('/v1/sources/%E0%A4%A'), 400, 'validation-failed');
  });

  it('a path segment over 1,000 characters: 414 uri-too-long', async () => {
    expectProblem(await send(`/v1/sources/${'a'.repeat(1500)}`), 414, 'uri-too-long');
  });

  it('headers of 20 KB: 431 headers-too-large, every time, with no connection reset', async () => {
    const answers = await Promise.allSettled(Array.from({ length: 7 }, () => send('/v1/meta', { 'x-padding': 'a'.repeat(20_000) })));
    const resets = answers.filter((answer) => answer.status === 'rejected');
    expect(resets, 'connections reset instead of answered').toEqual([]);
    for (const answer of answers) expectProblem((answer as PromiseFulfilledResult<Answer>).value, 431, 'headers-too-large');
  });
});

/**
 * A client that writes its whole body before reading (as many do): the raw answer, or the
 * socket error it met instead.
 */
function sendWholeBodyFirst(bytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.write(`PUT /v1/sources/s1 HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${bytes}\r\n\r\n`);
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < bytes) {
          sent += chunk.length;
          if (!socket.write(chunk)) return void socket.once('drain', pump);
        }
        // Only now does this client read.
        socket.write('', () => socket.resume());
      };
      pump();
    });
    socket.pause();
    let answer = '';
    socket.on('data', (data) => {
      answer += data.toString('latin1');
      // The connection may be kept for the next request: the answer is whole once its body is.
      if (/\r\n\r\n\{.*\}$/s.test(answer)) socket.destroy();
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
  });
}

describe('a body over the limit', () => {
  it('is answered 413 problem+json, and the client writing 20 MB before reading sees it, not EPIPE', async () => {
    const answer = await sendWholeBodyFirst(20 * 1024 * 1024);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(answer).toContain('urn:plumbline:problem:payload-too-large');
  });
});
