/**
 * The mistakes a newcomer with curl makes first, and what the gateway answers: which content type
 * to send, that a run takes `{}`, which field is required, instead of the parser's words
 * ("expected object, received null").
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGateway } from '../app.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildGateway({ adapter: createRecordingAdapter() });
});
afterAll(() => app.close());

async function post(url: string, contentType: string | undefined, payload: string | undefined) {
  const response = await app.inject({
    method: 'POST',
    url,
    ...(contentType ? { headers: { 'content-type': contentType } } : {}),
    ...(payload !== undefined ? { payload } : {}),
  });
  return {
    status: response.statusCode,
    type: response.headers['content-type'],
    problem: response.json() as { type: string; detail: string; errors?: { path: string; message: string }[] },
  };
}

describe('errors in a newcomer’s words', () => {
  it('415 says which content type to send, and what was sent', async () => {
    const form = await post('/v1/flagging-runs', 'application/x-www-form-urlencoded', 'asOf=2026-03-29');
    expect(form.status).toBe(415);
    expect(form.type).toMatch(/^application\/problem\+json/);
    expect(form.problem.detail).toBe(
      'Send the body as application/json, with the header Content-Type: application/json; this request sent application/x-www-form-urlencoded.',
    );
    const toImport = await post('/v1/imports', 'text/plain', '{}');
    expect(toImport.problem.detail).toContain('Send the body as application/x-ndjson');
  });

  it('a text/plain body is refused with 415 naming application/json, not a 400 about strings', async () => {
    const { status, problem } = await post('/v1/flagging-runs', 'text/plain', '{"asOf":"2026-03-29"}');
    expect(status).toBe(415);
    expect(problem.type).toBe('urn:plumbline:problem:unsupported-media-type');
    expect(problem.detail).toContain('Content-Type: application/json; this request sent text/plain');
    expect(problem.detail).not.toContain('received string');
  });

  it('a run started without a body is told to send {}', async () => {
    for (const [contentType, payload] of [
      [undefined, undefined],
      ['application/json', ''],
      ['application/json', 'null'],
    ] as const) {
      const { status, problem } = await post('/v1/consolidation-runs', contentType, payload);
      expect(status, `${contentType} ${payload}`).toBe(400);
      expect(problem.detail).toBe(
        'This request needs a JSON object as its body, with the header Content-Type: application/json. Send {} to take every default.',
      );
      expect(problem.detail).not.toContain('null');
    }
    expect((await post('/v1/consolidation-runs', 'application/json', '{}')).status).toBe(202);
  });

  it('a body without a required field names it as required', async () => {
    const { status, problem } = await post('/v1/flagging-runs', 'application/json', '{}');
    expect(status).toBe(400);
    expect(problem.detail).toBe('Invalid body: /body/asOf is required (string).');
    // No {} hint where {} is not enough.
    const missing = await post('/v1/flagging-runs', undefined, undefined);
    expect(missing.problem.detail).not.toContain('Send {}');
  });
});
