/**
 * Runs: long work (consolidation, flagging, import) is asynchronous. Starting one answers 202 with
 * the run; clients poll `GET /v1/runs/{runId}` until it has succeeded or failed. A failed run
 * leaves no half-applied state.
 */
import { z } from 'zod';
import { CalendarDate, OpaqueId, Timestamp } from './primitives.js';
import { Problem } from './problem.js';
import { freeFormBoundsText, freeFormMap, MAX_FREE_FORM_KEYS } from './free-form.js';

export const RunKind = z.enum(['consolidation', 'flagging', 'import']);
export const RunStatus = z.enum(['queued', 'running', 'succeeded', 'failed']).meta({
  id: 'RunStatus',
  description: '`queued` → `running` → `succeeded` or `failed`. Only `succeeded` runs have changed anything.',
  examples: ['running'],
});
export type RunStatus = z.output<typeof RunStatus>;

export const Run = z
  .object({
    runId: OpaqueId,
    kind: RunKind.describe('What the run does.'),
    status: RunStatus,
    createdAt: Timestamp,
    startedAt: Timestamp.nullable(),
    finishedAt: Timestamp.nullable(),
    progress: z
      .object({
        done: z.number().int().min(0),
        total: z.number().int().min(0),
        unit: z.string().describe('What is being counted, such as `records` or `subjects`.'),
      })
      .describe('How far the run has got.'),
    statistics: z.record(z.string(), z.number()).describe('Figures about the run, such as `subjects`, `links` or `flagsRaised`.'),
    error: Problem.nullable().describe('Why the run failed; null unless it failed.'),
  })
  .meta({
    id: 'Run',
    description: 'An asynchronous piece of work and how far it has got.',
    examples: [
      {
        runId: 'run-01J9Z',
        kind: 'consolidation',
        status: 'succeeded',
        createdAt: '2026-03-01T08:00:00Z',
        startedAt: '2026-03-01T08:00:00Z',
        finishedAt: '2026-03-01T08:00:12Z',
        progress: { done: 120000, total: 120000, unit: 'records' },
        statistics: { subjects: 2000, links: 118000, merges: 0 },
        error: null,
      },
    ],
  });
export type Run = z.output<typeof Run>;

export const ConsolidationRunRequest = z
  .object({
    mode: z
      .enum(['incremental', 'full'])
      .default('incremental')
      .describe('`incremental` considers what changed since the last run; `full` reconsiders every record. Both keep subject ids stable.'),
  })
  .meta({
    id: 'ConsolidationRunRequest',
    description: 'Starts a consolidation run.',
    examples: [{ mode: 'incremental' }],
  });
export type ConsolidationRunRequest = z.output<typeof ConsolidationRunRequest>;

export const DetectorSelection = z
  .object({
    detectorId: z.string().min(1).max(100).describe('A detector from `GET /v1/detectors`.'),
    parameters: freeFormMap(z.string().min(1).max(100))
      .default({})
      .describe(`Parameters to override; the rest take their defaults. At most ${MAX_FREE_FORM_KEYS}. ${freeFormBoundsText}`),
  })
  .meta({
    id: 'DetectorSelection',
    description: 'One detector to evaluate, with any parameters that differ from its defaults.',
    examples: [{ detectorId: 'repeated-allegations', parameters: { threshold: 4 } }],
  });
export type DetectorSelection = z.output<typeof DetectorSelection>;

/** More selections than any catalogue holds detectors: a run names each detector at most once or a few times. */
export const MAX_RUN_DETECTORS = 100;

export const FlaggingRunRequest = z
  .object({
    asOf: CalendarDate.describe('The date the detectors look back from; windows end on this day, inclusive.'),
    detectors: z
      .array(DetectorSelection)
      .min(1)
      .max(MAX_RUN_DETECTORS)
      .optional()
      .describe('Detectors to evaluate; every detector of the catalogue with default parameters when omitted.'),
  })
  .meta({
    id: 'FlaggingRunRequest',
    description: 'Starts a flagging run.',
    examples: [{ asOf: '2026-03-31', detectors: [{ detectorId: 'repeated-allegations', parameters: {} }] }],
  });
export type FlaggingRunRequest = z.output<typeof FlaggingRunRequest>;
