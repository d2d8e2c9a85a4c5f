/** Writes `report.json`, `junit.xml` and `report.html` into a directory, creating it if need be. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConformanceReport } from './conformance-report.js';
import { scorecardHtml } from './html.js';
import { junitXml } from './junit.js';

export interface WrittenReports {
  readonly json: string;
  readonly junit: string;
  readonly html: string;
}

export async function writeReports(report: ConformanceReport, directory: string): Promise<WrittenReports> {
  await mkdir(directory, { recursive: true });
  const written = { json: join(directory, 'report.json'), junit: join(directory, 'junit.xml'), html: join(directory, 'report.html') };
  await writeFile(written.json, JSON.stringify(report, null, 2) + '\n');
  await writeFile(written.junit, junitXml(report));
  await writeFile(written.html, scorecardHtml(report));
  return written;
}
