/**
 * `plumbline parallel-run report` against a gateway listening on loopback whose candidate merges
 * wrongly (a broken adapter of the suite): the JSON names the disagreement, and the HTML page, opened
 * in a real browser, shows it with links to both answers' evidence and draws its charts.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plumbline } from '../../cli/test/run-cli.js';
import { chromiumMissing, launchChromium } from '../../gateway/testing/chromium.js';
import { createTestSecurity } from '../../gateway/testing/test-security.js';
import { buildGateway } from '../../gateway/app.js';
import { createRecordingAdapter } from '../../gateway/testing/recording-adapter.js';
import { directories, gatewayWithCandidate, mergingWrongly, runDemo, separateTwoRecords } from './parallel-run-fixture.js';

describe('the parallel-run report', () => {
  const missing = chromiumMissing();

  it(`writes JSON and a page showing a candidate that merges wrongly${missing ? ` (browser part skipped: ${missing})` : ''}`, async () => {
    const { app, primary, parallelRun, send, headersFor } = await gatewayWithCandidate(mergingWrongly);
    await runDemo(send, 100);
    const refs = await separateTwoRecords(send, primary);
    await parallelRun.settledNow();
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const token = (await headersFor(['auditor'], 'panel')).authorization.slice('Bearer '.length);
    const out = join(directories.at(-1)!, 'report');

    const result = await plumbline(['parallel-run', 'report', '--url', address, '--token', token, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/consolidation F1 0\.\d+ \(precision 0\.\d+, recall 1\.0000\), [1-9]\d* people seen differently/);
    const json = JSON.parse(readFileSync(join(out, 'parallel-run.json'), 'utf8'));
    const named = json.agreement.latest.disagreements.flatMap((item: any) => item.primary.records);
    expect(named).toEqual(expect.arrayContaining(refs));
    const page = readFileSync(join(out, 'parallel-run.html'), 'utf8');
    expect(page).not.toMatch(/<script|<link /);
    const [sourceId, recordId] = [refs[0].slice(0, refs[0].indexOf('/')), refs[0].slice(refs[0].indexOf('/') + 1)];
    expect(page).toContain(`href="${address}/v1/sources/${encodeURIComponent(sourceId)}/records/${encodeURIComponent(recordId)}"`);

    if (missing) return;
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(`file://${join(out, 'parallel-run.html')}`);
      expect(await tab.title()).toContain('Parallel run');
      await tab.getByRole('heading', { name: 'Worst disagreements' }).waitFor();
      // Both sides' evidence: the primary's person and the candidate's, each record a link to the gateway.
      const rows = tab.locator('h2:has-text("Worst disagreements") + table tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await rows.first().locator('a').count()).toBeGreaterThanOrEqual(3);
      for (const chart of ['svg.agreement', 'svg.latency']) {
        const box = await tab.locator(chart).boundingBox();
        expect(box?.width, chart).toBeGreaterThan(300);
      }
      expect(await tab.locator('svg.latency rect').count()).toBe(2 * 13);
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('says when the gateway runs no candidate', async () => {
    const { security, tokenFor } = await createTestSecurity();
    const app = await buildGateway({ adapter: createRecordingAdapter({ capabilities: ['sources'] }), security });
    try {
      const address = await app.listen({ host: '127.0.0.1', port: 0 });
      const result = await plumbline([
        'parallel-run',
        'report',
        '--url',
        address,
        '--token',
        await tokenFor('auditor'),
        '--out',
        join(tmpdir(), 'plumbline-no-parallel-run'),
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('PLUMBLINE_CANDIDATE_ADAPTER');
    } finally {
      await app.close();
    }
  }, 60_000);
});
