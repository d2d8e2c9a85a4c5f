/**
 * Kill the engine (SIGKILL) in the middle of ingest: every acknowledged batch is there in full,
 * and no batch is there in part.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BATCH_SIZE } from './crash-batch.js';

const child = fileURLToPath(new URL('./crash-ingest-child.ts', import.meta.url));

describe('crash durability', () => {
  it('loses no acknowledged batch and keeps no half batch after SIGKILL', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'plumbline-crash-'));
    const databasePath = join(directory, 'plumbline.db');
    try {
      const process = spawn(globalThis.process.execPath, ['--import', 'tsx', child, databasePath], { stdio: ['ignore', 'pipe', 'inherit'] });
      const acknowledged: number[] = [];
      await new Promise<void>((resolve, reject) => {
        let buffer = '';
        process.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          const lines = buffer.split('\n');
          buffer = lines.pop()!;
          for (const line of lines) acknowledged.push(Number(line.replace('ack ', '')));
          // Kill while batches are still streaming in, at a moment the child does not choose.
          if (acknowledged.length >= 5) {
            process.kill('SIGKILL');
            resolve();
          }
        });
        process.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited early (${code})`))));
      });
      await new Promise((resolve) => (process.exitCode !== null || process.signalCode !== null ? resolve(undefined) : process.once('exit', resolve)));

      const database = new Database(databasePath);
      const counts = new Map(
        (
          database.prepare(`SELECT substr(record_id, 2, instr(record_id, '-') - 2) AS batch, count(*) AS n FROM records GROUP BY batch`).all() as {
            batch: string;
            n: number;
          }[]
        ).map((row) => [Number(row.batch), row.n]),
      );
      database.close();
      for (const batch of acknowledged) expect(counts.get(batch), `acknowledged batch ${batch}`).toBe(BATCH_SIZE);
      for (const [batch, count] of counts) expect([0, BATCH_SIZE], `batch ${batch}`).toContain(count);
      expect(acknowledged.length).toBeGreaterThanOrEqual(5);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});
