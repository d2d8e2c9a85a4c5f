/**
 * Runs as stored. The main thread creates them; the run worker, on its own connection, moves them
 * through running to succeeded or failed and records progress, so a client polling `GET /v1/runs`
 * sees how far a run has got while it works.
 */
import type { Problem, Run } from '../../../src/contract/index.js';
import { errors } from '../../../src/adapter/errors.js';
import { nextSequence, type Connection } from './database.js';
import { timestamp, type Clock } from './clock.js';

export class RunsStore {
  private readonly statements;

  constructor(
    private readonly database: Connection,
    private readonly clock: Clock,
  ) {
    this.statements = {
      one: database.prepare<[string], { body: string; request: string }>('SELECT body, request FROM runs WHERE run_id = ?'),
      insert: database.prepare('INSERT INTO runs (run_id, body, request) VALUES (?, ?, ?)'),
      update: database.prepare('UPDATE runs SET body = ? WHERE run_id = ?'),
      unfinished: database.prepare<[], { body: string }>(`SELECT body FROM runs WHERE json_extract(body, '$.status') IN ('queued', 'running')`),
      stagedPaths: database.prepare<[], { path: string }>(
        `SELECT json_extract(request, '$.stagedPath') AS path FROM runs WHERE json_extract(body, '$.kind') = 'import' AND json_extract(request, '$.stagedPath') IS NOT NULL`,
      ),
    };
  }

  create(kind: Run['kind'], request: unknown, unit: string): Run {
    return this.database
      .transaction(() => {
        const runId = `run-${nextSequence(this.database, 'run').toString(36).padStart(6, '0')}`;
        const run: Run = {
          runId,
          kind,
          status: 'queued',
          createdAt: timestamp(this.clock),
          startedAt: null,
          finishedAt: null,
          progress: { done: 0, total: 0, unit },
          statistics: {},
          error: null,
        };
        this.statements.insert.run(runId, JSON.stringify(run), JSON.stringify(request ?? null));
        return run;
      })
      .immediate();
  }

  get(runId: string): Run {
    const row = this.statements.one.get(runId);
    if (!row) throw errors.notFound(`No run with id "${runId}".`);
    return JSON.parse(row.body) as Run;
  }

  request<Request>(runId: string): Request {
    const row = this.statements.one.get(runId);
    if (!row) throw errors.notFound(`No run with id "${runId}".`);
    return JSON.parse(row.request) as Request;
  }

  /** Applies a change to a run and stores it. */
  update(runId: string, change: (run: Run) => void): Run {
    const run = this.get(runId);
    change(run);
    this.statements.update.run(JSON.stringify(run), runId);
    return run;
  }

  start(runId: string): Run {
    return this.update(runId, (run) => {
      run.status = 'running';
      run.startedAt = timestamp(this.clock);
    });
  }

  progress(runId: string, done: number, total: number): void {
    this.update(runId, (run) => {
      run.progress = { ...run.progress, done, total };
    });
  }

  succeed(runId: string, statistics: Record<string, number>): Run {
    return this.update(runId, (run) => {
      run.status = 'succeeded';
      run.finishedAt = timestamp(this.clock);
      run.progress = { ...run.progress, done: run.progress.total };
      run.statistics = statistics;
    });
  }

  fail(runId: string, problem: Problem): Run {
    return this.update(runId, (run) => {
      run.status = 'failed';
      run.finishedAt = timestamp(this.clock);
      run.error = problem;
    });
  }

  /** Where every import run of this store staged its lines (most of these files are long gone). */
  stagedImportPaths(): string[] {
    return this.statements.stagedPaths.all().map((row) => row.path);
  }

  /** Runs left queued or running by a previous process cannot finish: say so. Returns their ids. */
  failInterrupted(): string[] {
    const interrupted = this.statements.unfinished.all().map((row) => (JSON.parse(row.body) as Run).runId);
    for (const runId of interrupted) {
      this.fail(runId, {
        type: 'urn:plumbline:problem:internal',
        title: 'Internal error',
        status: 500,
        detail: 'The engine stopped before this run finished; nothing of it was applied. Start it again.',
      });
    }
    return interrupted;
  }
}
