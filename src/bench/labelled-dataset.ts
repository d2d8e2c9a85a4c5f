/**
 * A labelled data set supplied by an evaluator (a hand-labelled sample of a force's own records),
 * read into the shape the benchmark scores: sources, records with the person each belongs to, and
 * an as-of date. The format is the synthetic force's own (docs/labelled-dataset.md), so a written
 * synthetic force is a valid data set and a force's sample is laid out the same way:
 *
 *   DIR/sources.json              [{ "sourceId", "kind", "name", "controller", "lawfulBasis", "purpose", "retentionPeriod" }]
 *   DIR/records/<sourceId>.ndjson one record per line, as POST /v1/sources/{sourceId}/records takes it
 *   DIR/truth.ndjson              { "sourceId", "recordId", "personId" } per line, for every record
 *   DIR/dataset.json (optional)   { "asOf": "YYYY-MM-DD", "description": "…" }
 *
 * A sample is small (thousands to a few hundred thousand records), so it is read whole and checked
 * before anything is sent to a target: a record that does not meet the contract, or has no label,
 * is refused with the file and line that hold it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { SourceRecord, SourceRegistration } from '../contract/index.js';
import type { RegisteredSource, TruthfulRecord } from '../synth/index.js';

/** What the benchmark needs of a force: its sources, its records with their truth, and the as-of date. */
export interface LabelledForce {
  readonly manifest: { readonly asOf: string };
  readonly sources: readonly RegisteredSource[];
  records(): Iterable<TruthfulRecord>;
  /** A synthetic force's people, for its planted look-alikes; absent for an evaluator's data set. */
  people?(): Iterable<{ readonly personId: string; readonly lookalike?: { readonly personId: string; readonly kind: string } }>;
}

export interface LabelledDataset extends Omit<LabelledForce, 'people'> {
  /** The directory's name, for reports. */
  readonly name: string;
  readonly description?: string;
  /** Distinct people labelled. */
  readonly peopleCount: number;
}

/** A data set that cannot be scored, and where the problem is. */
export class DatasetError extends Error {}

const SourceEntry = SourceRegistration.and(
  z.object({ sourceId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a sourceId of lower-case letters, digits and hyphens') }),
);
const TruthLine = z.object({ sourceId: z.string().min(1), recordId: z.string().min(1), personId: z.string().min(1) }).strict();
const DatasetInfo = z.object({ asOf: z.iso.date().optional(), description: z.string().max(1000).optional() }).strict();

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DatasetError(`${path}: ${(error as Error).message}`);
  }
}

function issues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(line)'} ${issue.message}`).join('; ');
}

/** Every non-empty line of an NDJSON file, parsed, with its line number. */
function* ndjson(path: string): Iterable<{ line: number; value: unknown }> {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (lines[index].trim() === '') continue;
    try {
      yield { line: index + 1, value: JSON.parse(lines[index]) };
    } catch (error) {
      throw new DatasetError(`${path}:${index + 1}: ${(error as Error).message}`);
    }
  }
}

/** Reads and checks a labelled data set; throws `DatasetError` naming the file and line of the first problem. */
export function readLabelledDataset(directory: string): LabelledDataset {
  const sourcesPath = join(directory, 'sources.json');
  if (!existsSync(sourcesPath)) throw new DatasetError(`${sourcesPath}: missing (the list of sources; see docs/labelled-dataset.md)`);
  const parsedSources = z.array(SourceEntry).min(1, 'at least one source').safeParse(readJson(sourcesPath));
  if (!parsedSources.success) throw new DatasetError(`${sourcesPath}: ${issues(parsedSources.error)}`);
  const sources = parsedSources.data as RegisteredSource[];

  const truthPath = join(directory, 'truth.ndjson');
  if (!existsSync(truthPath)) throw new DatasetError(`${truthPath}: missing (the person each record belongs to)`);
  const personOf = new Map<string, string>();
  for (const { line, value } of ndjson(truthPath)) {
    const parsed = TruthLine.safeParse(value);
    if (!parsed.success) throw new DatasetError(`${truthPath}:${line}: ${issues(parsed.error)}`);
    const key = `${parsed.data.sourceId}/${parsed.data.recordId}`;
    if (personOf.has(key)) throw new DatasetError(`${truthPath}:${line}: ${key} is labelled twice`);
    personOf.set(key, parsed.data.personId);
  }

  const records: TruthfulRecord[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const path = join(directory, 'records', `${source.sourceId}.ndjson`);
    if (!existsSync(path)) throw new DatasetError(`${path}: missing (records of source ${source.sourceId})`);
    for (const { line, value } of ndjson(path)) {
      const parsed = SourceRecord.safeParse(value);
      if (!parsed.success) throw new DatasetError(`${path}:${line}: not a record the contract accepts: ${issues(parsed.error)}`);
      const key = `${source.sourceId}/${parsed.data.recordId}`;
      const personId = personOf.get(key);
      if (personId === undefined) throw new DatasetError(`${path}:${line}: record ${parsed.data.recordId} has no line in truth.ndjson`);
      if (seen.has(key)) throw new DatasetError(`${path}:${line}: record ${parsed.data.recordId} appears twice`);
      seen.add(key);
      records.push({ sourceId: source.sourceId, record: parsed.data, personId });
    }
  }
  if (records.length === 0) throw new DatasetError(`${directory}: no records`);
  const unlabelled = [...personOf.keys()].find((key) => !seen.has(key));
  if (unlabelled) throw new DatasetError(`${truthPath}: labels ${unlabelled}, which no records file holds`);

  const infoPath = join(directory, 'dataset.json');
  const info = existsSync(infoPath) ? DatasetInfo.safeParse(readJson(infoPath)) : DatasetInfo.safeParse({});
  if (!info.success) throw new DatasetError(`${infoPath}: ${issues(info.error)}`);
  // The as-of date: the data set's own, a written synthetic force's, or the day of the latest record.
  const manifestPath = join(directory, 'manifest.json');
  const manifestAsOf = existsSync(manifestPath) ? (readJson(manifestPath) as { asOf?: unknown }).asOf : undefined;
  const latest = records.reduce((last, { record }) => (record.occurredAt > last ? record.occurredAt : last), '').slice(0, 10);
  const asOf = info.data.asOf ?? (typeof manifestAsOf === 'string' ? manifestAsOf : latest);

  return {
    name: basename(directory),
    ...(info.data.description ? { description: info.data.description } : {}),
    peopleCount: new Set(records.map((entry) => entry.personId)).size,
    manifest: { asOf },
    sources,
    records: () => records,
  };
}
