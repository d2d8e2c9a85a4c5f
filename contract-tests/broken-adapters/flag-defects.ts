/** Defects of flagging and reviews. */
import Database from 'better-sqlite3';
import type { DetectorSelection, FlaggingRunRequest } from '../../src/contract/index.js';
import { resolveDetectorSelections, standardDetectors } from '../../src/detectors/index.js';
import { defect, replacing } from './defect.js';

/** Every standard detector with its defaults, as a run without a selection evaluates them. */
const everyDetector = (): DetectorSelection[] => standardDetectors.map(({ definition }) => ({ detectorId: definition.detectorId, parameters: {} }));

export const offByOneThreshold = defect({
  id: 'off-by-one-threshold',
  description: 'Flags repeated allegations only above the threshold (> instead of ≥), so exactly three cases raise nothing.',
  caughtBy: 'DET-101',
  breakAdapter(engine) {
    const shifted = (selection: DetectorSelection): DetectorSelection => {
      if (selection.detectorId !== 'repeated-allegations') return selection;
      const threshold = Number(selection.parameters.threshold ?? 3);
      return { ...selection, parameters: { ...selection.parameters, threshold: threshold + 1 } };
    };
    return replacing(engine, 'flagging', {
      startRun: async (request, context) => {
        resolveDetectorSelections(request.detectors); // refuses what the engine would refuse, before the shift
        return engine.flagging.startRun({ ...request, detectors: (request.detectors ?? everyDetector()).map(shifted) }, context);
      },
    });
  },
});

export const duplicatesOnRerun = defect({
  id: 'duplicates-on-rerun',
  description: 'Keys its de-duplication by run request, so a run repeating an earlier one raises every flag again.',
  caughtBy: 'FLG-002',
  alsoCaughtBy: ['ERA-003'],
  breakAdapter(engine, databasePath) {
    const seen = new Set<string>();
    const forget = (request: FlaggingRunRequest) => {
      const key = JSON.stringify(request);
      if (!seen.has(key)) return seen.add(key);
      // What the defect amounts to: the flags already held no longer match what the run finds.
      const database = new Database(databasePath);
      try {
        database.prepare("UPDATE flags SET fingerprint = fingerprint || '~' || seq").run();
      } finally {
        database.close();
      }
    };
    return replacing(engine, 'flagging', {
      startRun: async (request, context) => {
        forget(request);
        return engine.flagging.startRun(request, context);
      },
    });
  },
});

export const ignoresRunParameters = defect({
  id: 'ignores-run-parameters',
  description: 'Evaluates every selected detector with its defaults, whatever parameters the run sets.',
  caughtBy: 'DET-002',
  breakAdapter(engine) {
    return replacing(engine, 'flagging', {
      startRun: async (request, context) => {
        resolveDetectorSelections(request.detectors); // validates the parameters it is about to ignore
        return engine.flagging.startRun({ ...request, detectors: request.detectors?.map((selection) => ({ ...selection, parameters: {} })) }, context);
      },
    });
  },
});

export const acceptsInvalidTransition = defect({
  id: 'accepts-invalid-transition',
  description: 'Lets a reviewer close an open flag in one step, skipping the review.',
  caughtBy: 'FLG-005',
  breakAdapter(engine) {
    return replacing(engine, 'flagging', {
      async reviewFlag(flagId, review, context) {
        const flag = await engine.flagging.getFlag(flagId, context);
        if (flag.status === 'open' && review.status === 'closed') {
          await engine.flagging.reviewFlag(flagId, { status: 'in_review', rationale: review.rationale }, context);
        }
        return engine.flagging.reviewFlag(flagId, review, context);
      },
    });
  },
});
