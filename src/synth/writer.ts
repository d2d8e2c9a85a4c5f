/**
 * Writes a synthetic force to a directory, streaming: records go to disk in buffered chunks as they
 * are generated, with back-pressure, so memory stays flat however large the force. Files are written
 * in a fixed order with fixed formatting, so the same force gives the same bytes.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SyntheticForce } from './force.js';
import type { ForceManifest } from './manifest.js';
import { equalityCsv } from '../fairness/equality-file.js';
import { SyntheticEqualityBuilder, syntheticAttributes } from '../fairness/synthetic-equality.js';
import { ProgressMeter } from '../progress/progress-meter.js';

const chunkSize = 4 << 20;
const newline = 10;

/**
 * A line-oriented file writer. Lines are encoded straight into a large buffer (building one big
 * string and converting it costs more than the encoding itself); a full buffer is handed to the
 * stream and the caller waits only when the stream is backed up.
 */
class LineWriter {
  private readonly stream: WriteStream;
  private buffer = Buffer.allocUnsafe(chunkSize);
  private used = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  /** Adds a line; true when the buffer is nearly full and the caller should `flush`. */
  add(text: string): boolean {
    // UTF-8 needs at most three bytes per UTF-16 unit.
    if (this.used + text.length * 3 + 1 > this.buffer.length) this.spill();
    this.used += this.buffer.write(text, this.used);
    this.buffer[this.used++] = newline;
    return this.used > chunkSize - 65_536;
  }

  async flush(): Promise<void> {
    if (this.spill()) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  /** Hands the filled part of the buffer to the stream; true when the stream asks to wait. */
  private spill(): boolean {
    if (this.used === 0) return false;
    const full = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(Math.max(chunkSize, this.buffer.length));
    this.used = 0;
    return !this.stream.write(full);
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

async function writeLines(path: string, items: Iterable<unknown>): Promise<number> {
  const writer = new LineWriter(path);
  let count = 0;
  for (const item of items) {
    if (writer.add(JSON.stringify(item))) await writer.flush();
    count++;
  }
  await writer.close();
  return count;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/**
 * Writes sources.json, records/<sourceId>.ndjson, truth.ndjson, people.ndjson, planted.ndjson,
 * equality.csv (the equality data an auditor would hold, for the fairness audit only) and manifest.json.
 */
export async function writeForce(force: SyntheticForce, directory: string, progress: (message: string) => void = () => {}): Promise<ForceManifest> {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  // Stale record files of another run (a source it had and this one has not) must not survive.
  await rm(join(directory, 'records'), { recursive: true, force: true });
  await mkdir(join(directory, 'records'), { recursive: true });
  await writeFile(join(directory, 'sources.json'), json(force.sources));
  const people = await writeLines(join(directory, 'people.ndjson'), force.people());
  progress(`people: ${people} (${elapsed()})`);
  const planted = await writeLines(join(directory, 'planted.ndjson'), force.planted());
  progress(`planted patterns and near-misses: ${planted}`);

  const truth = new LineWriter(join(directory, 'truth.ndjson'));
  let current: { sourceId: string; writer: LineWriter; count: number } | undefined;
  let total = 0;
  const meter = new ProgressMeter('records', 'records', (message) => progress(message), undefined, { intervalMs: 10_000 });
  const equality = new SyntheticEqualityBuilder(force.sources);
  const finishSource = async () => {
    if (!current) return;
    await current.writer.close();
    progress(`${current.sourceId}: ${current.count} records (${elapsed()})`);
  };
  for (const { sourceId, record, personId } of force.records()) {
    if (current?.sourceId !== sourceId) {
      await finishSource();
      current = { sourceId, writer: new LineWriter(join(directory, 'records', `${sourceId}.ndjson`)), count: 0 };
    }
    if (current.writer.add(JSON.stringify(record))) await current.writer.flush();
    if (truth.add(`{"sourceId":"${sourceId}","recordId":"${record.recordId}","personId":"${personId}"}`)) await truth.flush();
    equality.see(sourceId, record.recordId, personId);
    current.count++;
    meter.update(++total);
  }
  await finishSource();
  await truth.close();
  // A source with no records still gets its (empty) file, so every registered source has one.
  for (const source of force.sources) await writeFile(join(directory, 'records', `${source.sourceId}.ndjson`), '', { flag: 'a' });
  const manifest = force.manifest;
  await writeFile(join(directory, 'equality.csv'), equalityCsv(equality.build(force.people(), manifest.asOf).people, syntheticAttributes));
  await writeFile(join(directory, 'manifest.json'), json(manifest));
  progress(`${total} records in ${elapsed()}`);
  return manifest;
}
