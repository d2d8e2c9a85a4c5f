/**
 * Reads a written force back: the small files at once, the large ones as streams. The benchmark and
 * the conformance suite reuse one written force instead of regenerating it; they get records paired
 * with their truth, in the order written (records files in sources.json order, matching truth.ndjson
 * line for line).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SourceRecord } from '../contract/index.js';
import type { RegisteredSource, TruthfulRecord } from './force.js';
import type { ForceManifest } from './manifest.js';
import type { SyntheticPerson } from './people.js';
import type { PlantedPattern } from './plan/types.js';

/** One line of truth.ndjson. */
export interface TruthEntry {
  readonly sourceId: string;
  readonly recordId: string;
  readonly personId: string;
}

export interface WrittenForce {
  readonly directory: string;
  readonly manifest: ForceManifest;
  readonly sources: readonly RegisteredSource[];
  people(): AsyncIterable<SyntheticPerson>;
  /** Every record with the person it belongs to; fails if records and truth disagree. */
  records(): AsyncIterable<TruthfulRecord>;
  /** The records of one source, without truth. */
  sourceRecords(sourceId: string): AsyncIterable<SourceRecord>;
  truth(): AsyncIterable<TruthEntry>;
  planted(): AsyncIterable<PlantedPattern>;
}

async function* lines<Item>(path: string): AsyncIterable<Item> {
  const reader = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of reader) if (line.length > 0) yield JSON.parse(line) as Item;
}

export function readForce(directory: string): WrittenForce {
  const manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')) as ForceManifest;
  const sources = JSON.parse(readFileSync(join(directory, 'sources.json'), 'utf8')) as RegisteredSource[];
  const recordsPath = (sourceId: string) => join(directory, 'records', `${sourceId}.ndjson`);
  return {
    directory,
    manifest,
    sources,
    people: () => lines<SyntheticPerson>(join(directory, 'people.ndjson')),
    truth: () => lines<TruthEntry>(join(directory, 'truth.ndjson')),
    planted: () => lines<PlantedPattern>(join(directory, 'planted.ndjson')),
    sourceRecords: (sourceId) => lines<SourceRecord>(recordsPath(sourceId)),
    async *records() {
      const truth = lines<TruthEntry>(join(directory, 'truth.ndjson'))[Symbol.asyncIterator]();
      for (const source of sources) {
        for await (const record of lines<SourceRecord>(recordsPath(source.sourceId))) {
          const next = await truth.next();
          if (next.done || next.value.sourceId !== source.sourceId || next.value.recordId !== record.recordId) {
            throw new Error(`truth.ndjson does not match records/${source.sourceId}.ndjson at record ${record.recordId}`);
          }
          yield { sourceId: source.sourceId, record, personId: next.value.personId };
        }
      }
    },
  };
}
