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
import { chromium } from 'playwright-core';

const [page = 'report.html', output = 'report.png', width = '1400'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const tab = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await tab.goto(pathToFileURL(resolve(page)).href);
  await tab.screenshot({ path: output, fullPage: true });
  process.stdout.write(`${output}\n`);
} finally {
  await browser.close();
}
