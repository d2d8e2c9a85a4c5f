/**
 * The docs page as a newcomer uses it: in a real browser (Debian's Chromium through
 * playwright-core), against a gateway listening on a port that is not 8080, authorise with a token
 * from the development key, try `GET /v1/flags` with a justification, and get 200. And what makes
 * that possible in the document: a relative server, the justification header declared as a
 * parameter from the operations table, an example of its own for every error response.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { OpenAPIV3_1 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../../contract/index.js';
import { loadGatewayConfig } from '../../config/gateway-config.js';
import { buildGateway } from '../app.js';
import { needsJustification, operations, type OperationId } from '../operations.js';
import { openapiDocument } from '../plugins/openapi.js';
import { PROBLEM_CONTENT_TYPE } from '../problem-details.js';
import { securityFromConfig } from '../security/gateway-security.js';
import { DEVELOPMENT_ISSUER, ensureDevelopmentKey, mintToken } from '../security/development-key.js';
import { chromiumMissing, launchChromium } from '../testing/chromium.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';

const directory = mkdtempSync(join(tmpdir(), 'plumbline-docs-'));
const keyPath = join(directory, 'development-key.json');
let app: FastifyInstance;
let address: string;
let document: OpenAPIV3_1.Document;

beforeAll(async () => {
  // As `npm start` builds it: authentication on, with the development key `plumbline token` signs with.
  const config = loadGatewayConfig({ PLUMBLINE_DEV_KEY: keyPath, PLUMBLINE_AUDIT_DB: ':memory:' });
  const { security } = await securityFromConfig(config, {});
  app = await buildGateway({ adapter: createRecordingAdapter(), security });
  address = await app.listen({ host: '127.0.0.1', port: 0 });
  document = openapiDocument(app);
});
afterAll(async () => {
  await app?.close();
  rmSync(directory, { recursive: true, force: true });
});

function eachOperation() {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item ?? {}).map(([method, operation]) => ({ path, method, operation: operation as OpenAPIV3_1.OperationObject })),
  );
}

describe('the contract document, for trying it out', () => {
  it('names a relative server, so the docs page calls the gateway that serves it', () => {
    expect(document.servers).toEqual([{ url: '/', description: expect.any(String) }]);
  });

  it('declares Plumbline-Justification on every operation on personal data, required where the gateway requires it', () => {
    let declared = 0;
    for (const { operation } of eachOperation()) {
      const policy = operations[operation.operationId as OperationId];
      if (!policy) continue;
      const header = (operation.parameters as OpenAPIV3_1.ParameterObject[] | undefined)?.find((parameter) => parameter.name === 'Plumbline-Justification');
      if (policy.processing === 'none') {
        expect(header, operation.operationId).toBeUndefined();
        continue;
      }
      expect(header, operation.operationId).toMatchObject({
        in: 'header',
        required: needsJustification(policy),
        schema: { type: 'string', minLength: 1, maxLength: 200 },
      });
      declared++;
    }
    expect(declared).toBeGreaterThanOrEqual(15);
  });

  it('gives every error response its own example, a valid problem of that status, for that operation', () => {
    const details = new Set<string>();
    for (const { path, operation } of eachOperation()) {
      for (const [status, response] of Object.entries(operation.responses ?? {}) as [string, OpenAPIV3_1.ResponseObject][]) {
        const media = response.content?.[PROBLEM_CONTENT_TYPE];
        if (!media) continue;
        const example = Problem.parse(media.example);
        expect(example.status, `${path} ${status}`).toBe(Number(status));
        details.add(`${status} ${example.detail}`);
      }
    }
    const forbidden = (document.paths!['/v1/flags']!.get!.responses['403'] as OpenAPIV3_1.ResponseObject).content![PROBLEM_CONTENT_TYPE].example as Problem;
    expect(forbidden.detail).toBe('The token carries the role ingest; only analyst, reviewer may call listFlags.');
    const notFound = (document.paths!['/v1/subjects/{subjectId}']!.get!.responses['404'] as OpenAPIV3_1.ResponseObject).content![PROBLEM_CONTENT_TYPE]
      .example as Problem;
    expect(notFound.detail).toContain('No subject with id');
    // Not one example for everything: at least one per status, and more where operations differ.
    expect(details.size).toBeGreaterThan(20);
  });
});

describe('the docs page in a real browser', () => {
  const missing = chromiumMissing();

  it.skipIf(missing)(
    `authorises, tries GET /v1/flags with a justification and gets 200${missing ? ` (skipped: ${missing})` : ''}`,
    async () => {
      const token = await mintToken(await ensureDevelopmentKey(keyPath), {
        subject: 'newcomer',
        roles: ['analyst', 'reviewer'],
        issuer: DEVELOPMENT_ISSUER,
        audience: 'plumbline',
        ttl: '10m',
      });
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(`${address}/docs`);
        expect(await page.title()).toBe('Plumbline API — docs');
        await page.getByText('Trying it on this page').waitFor();

        await page.locator('.auth-wrapper .authorize').click();
        await page.locator('.modal-ux input').fill(token);
        await page.locator('.modal-ux .auth-btn-wrapper .authorize').click();
        await page.locator('.modal-ux .btn-done').click();

        const operation = page.locator('#operations-flagging-listFlags');
        await operation.locator('.opblock-summary').click();
        await operation.locator('.try-out__btn').click();
        await operation.locator('tr[data-param-name="Plumbline-Justification"] input').fill('PSD-2026-0042');
        await operation.locator('.execute').click();

        const status = operation.locator('.live-responses-table .response .response-col_status');
        await status.first().waitFor({ timeout: 15_000 });
        expect((await status.first().innerText()).trim()).toBe('200');
        // It went to the gateway that served the page, on its own port, not to 127.0.0.1:8080.
        expect(await operation.locator('.request-url pre').innerText()).toMatch(new RegExp(`^${address}/v1/flags(\\?|$)`));
        if (process.env.PLUMBLINE_DOCS_SCREENSHOT) await page.screenshot({ path: process.env.PLUMBLINE_DOCS_SCREENSHOT, fullPage: false });
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
