/**
 * Renders a scorecard in headless Chromium and saves a full-page PNG, to check by eye that
 * report.html reads well. Not part of `npm test` (CI may have no Chromium):
 *
 *   npx tsx contract-tests/scripts/screenshot-report.ts out/report.html out/report.png [width]
 *
 * Uses Debian's chromium (`apt-get install chromium`), or CHROMIUM_PATH.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../src/gateway/testing/chromium.js';

const [page = 'report.html', output = 'report.png', width = '1400'] = process.argv.slice(2);
const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await tab.goto(pathToFileURL(resolve(page)).href);
  await tab.screenshot({ path: output, fullPage: true });
  process.stdout.write(`${output}\n`);
} finally {
  await browser.close();
}
