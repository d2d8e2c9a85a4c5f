/**
 * The typed client: its types come from the published document (and catch mistakes at compile
 * time), and it talks to a real gateway over loopback, sending the token and the justification.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildGateway } from '../../gateway/app.js';
import { createRecordingAdapter, type RecordingAdapter } from '../../gateway/testing/recording-adapter.js';
import { createSecuredGateway, type SecuredGateway } from '../../gateway/testing/test-security.js';
import { createPlumblineClient } from '../index.js';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const tsc = fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url));

describe('generated client types', () => {
  it('compile correct usage, and every @ts-expect-error is still an error', async () => {
    const result = await run(process.execPath, [tsc, '-p', `${here}tsconfig.typecheck.json`]).catch((error) => error);
    expect(result.stdout ?? '').toBe('');
    expect(result.code ?? 0).toBe(0);
  }, 120_000);

  it('reject a mistake that is not marked (the check can fail)', async () => {
    const broken = `${here}broken.typecheck.ts`;
    await writeFile(
      broken,
      `import { createPlumblineClient } from '../index.js';\nconst c = createPlumblineClient({ baseUrl: 'x' });\nvoid c.GET('/v1/flags', { params: { query: { status: 'pending' } } });\n`,
    );
    try {
      const result = await run(process.execPath, [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        'NodeNext',
        '--moduleResolution',
        'NodeNext',
        '--target',
        'ES2022',
        '--skipLibCheck',
        broken,
      ]).catch((error) => error);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toContain('pending');
    } finally {
      await rm(broken, { force: true });
    }
  }, 120_000);
});

describe('createPlumblineClient over HTTP', () => {
  let app: FastifyInstance;
  let adapter: RecordingAdapter;
  let baseUrl: string;
  const seenHeaders: Record<string, string | undefined>[] = [];

  beforeAll(async () => {
    adapter = createRecordingAdapter();
    app = await buildGateway({ adapter });
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => app.close());

  it('reads typed answers and sends the token and justification', async () => {
    let calls = 0;
    const recordingFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      seenHeaders.push({
        authorization: request.headers.get('authorization') ?? undefined,
        justification: request.headers.get('plumbline-justification') ?? undefined,
      });
      return fetch(request);
    };
    const client = createPlumblineClient({ baseUrl, token: () => `token-${++calls}`, justification: 'PSD-2026-0042', fetch: recordingFetch });
    const meta = await client.GET('/v1/meta');
    expect(meta.response.status).toBe(200);
    expect(meta.data?.adapter.id).toBe('recording');
    const flag = await client.GET('/v1/flags/{flagId}', { params: { path: { flagId: 'flag-9' } } });
    expect(flag.data?.flagId).toBe('flag-9');
    expect(seenHeaders.at(-2)).toEqual({ authorization: 'Bearer token-1', justification: 'PSD-2026-0042' });
    expect(seenHeaders.at(-1)).toEqual({ authorization: 'Bearer token-2', justification: 'PSD-2026-0042' });
  });

  it('gives problem details as the typed error', async () => {
    const client = createPlumblineClient({ baseUrl });
    const missing = await client.GET('/v1/flags/{flagId}', { params: { path: { flagId: 'missing-flag' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ type: 'urn:plumbline:problem:not-found', status: 404 });
  });
});

describe('createPlumblineClient against a gateway that checks tokens', () => {
  let gateway: SecuredGateway;
  let baseUrl: string;
  const tokenFor: SecuredGateway['tokenFor'] = (...args) => gateway.tokenFor(...args);

  beforeAll(async () => {
    gateway = await createSecuredGateway();
    baseUrl = await gateway.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => gateway.app.close());

  it('is let in with a token and a justification', async () => {
    const client = createPlumblineClient({ baseUrl, token: () => tokenFor('reviewer', 'alice'), justification: 'PSD-2026-0042' });
    const flag = await client.GET('/v1/flags/{flagId}', { params: { path: { flagId: 'flag-9' } } });
    expect(flag.response.status).toBe(200);
    expect(flag.data?.flagId).toBe('flag-9');
  });

  it('gets typed 401, 403 and 400 problems for a missing token, a wrong role and a missing justification', async () => {
    const anonymous = await createPlumblineClient({ baseUrl }).GET('/v1/meta');
    expect(anonymous.error).toMatchObject({ type: 'urn:plumbline:problem:unauthenticated', status: 401 });
    const auditor = createPlumblineClient({ baseUrl, token: await tokenFor('auditor'), justification: 'DPO review' });
    expect((await auditor.GET('/v1/flags')).error).toMatchObject({ type: 'urn:plumbline:problem:forbidden', status: 403 });
    const unjustified = createPlumblineClient({ baseUrl, token: await tokenFor('analyst') });
    expect((await unjustified.GET('/v1/flags')).error).toMatchObject({ type: 'urn:plumbline:problem:validation-failed', status: 400 });
  });
});
