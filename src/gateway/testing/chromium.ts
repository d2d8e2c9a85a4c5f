/**
 * Debian's Chromium driven by playwright-core, for tests of pages in a real browser (the docs
 * page) and for screenshots. playwright-core never downloads a browser: install Chromium with
 * `apt-get install chromium` (.ci/run does), or point CHROMIUM_PATH at another Chromium build.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or undefined when they can: for `it.skipIf` and its message. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM_PATH)
    ? undefined
    : `no Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install chromium\` (or set CHROMIUM_PATH) to run the browser tests`;
}

/**
 * Headless, and quiet on the network: without the background-networking flags Chromium keeps
 * reaching for Google's hosts, which a closed network refuses many times a second.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
