/**
 * The demo's equality file: what an HR department would hand an auditor for the demo force (sex,
 * ethnicity and age band, keyed by HR record), written beside the demo's store so that the
 * fairness audit can be tried on the demo. It is the auditor's input, read by `plumbline fairness`
 * and the fairness route only: never ingested, never sent to the adapter.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { equalityCsv } from '../fairness/equality-file.js';
import { syntheticAttributes, syntheticEquality } from '../fairness/synthetic-equality.js';
import { synthesizeForce } from '../synth/index.js';
import type { DemoOptions } from './load-demo-force.js';

/** Regenerates the demo force (the same options give the same people and records) and writes its equality data. */
export async function writeDemoEquality(options: DemoOptions, path: string): Promise<number> {
  const { people } = syntheticEquality(synthesizeForce(options));
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, equalityCsv(people, syntheticAttributes));
  return people.length;
}
