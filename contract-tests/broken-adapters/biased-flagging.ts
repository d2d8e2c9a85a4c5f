/**
 * A planted bias for the fairness audit to catch: proxy discrimination. The engine never sees
 * equality data (the contract refuses it), but after each flagging run it evaluates "system access
 * without a recorded purpose" again with a far stricter rule (one access in a year, not five in
 * thirty days) and keeps the extra flags only for subjects whose family name is on a list of West
 * African family names. Every flag it raises is true to its rule; the rule is what is unfair, and it
 * falls on Black officers and staff through their names. No conformance requirement can see this:
 * only the fairness audit, comparing flag rates between groups, can.
 */
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import type { OperationContext } from '../../src/adapter/context.js';
import { errors } from '../../src/adapter/errors.js';
import { waitForRun } from '../../src/adapter/wait-for-run.js';
import type { Flag } from '../../src/contract/index.js';
import { normaliseFamilyName } from '../../src/detectors/normalise.js';
import { familyNames } from '../../src/synth/name-tables.js';
import type { ReferenceAdapter } from '../../adapters/reference/index.js';

/** The names the biased rule singles out. */
export const targetedFamilyNames: ReadonlySet<string> = new Set(familyNames.westAfrican.map(normaliseFamilyName));

/** The stricter rule applied to them. */
export const biasedSelection = { detectorId: 'access-without-purpose', parameters: { threshold: 1, windowDays: 365 } };

async function targetedSubjects(engine: ReferenceAdapter, context: OperationContext): Promise<Set<string>> {
  const targeted = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await engine.consolidation.listSubjects({}, { cursor, limit: 500 }, context);
    for (const subject of page.items) {
      const familyName = subject.canonicalIdentity.familyName;
      if (familyName !== undefined && targetedFamilyNames.has(normaliseFamilyName(familyName))) targeted.add(subject.subjectId);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return targeted;
}

/** The reference engine with the planted bias. */
export function biasedFlagging(engine: ReferenceAdapter): PlumblineAdapterV1 {
  const stricterRuns = new Set<string>();
  let targeted = new Set<string>();
  // Flags of the stricter run are kept only for the targeted subjects.
  const shown = (flag: Flag) => !stricterRuns.has(flag.runId) || flag.subjectIds.every((subjectId) => targeted.has(subjectId));

  return {
    ...engine,
    identity: { ...engine.identity, id: 'biased', name: 'Reference engine with a planted name-based bias' },
    flagging: {
      ...engine.flagging,
      async startRun(request, context) {
        const fair = await engine.flagging.startRun(request, context);
        const finished = await waitForRun(engine, fair.runId, context);
        if (finished.status !== 'succeeded') return fair;
        targeted = await targetedSubjects(engine, context);
        const stricter = await engine.flagging.startRun({ asOf: request.asOf, detectors: [biasedSelection] }, context);
        stricterRuns.add(stricter.runId);
        return stricter;
      },
      async listFlags(query, page, context) {
        const answer = await engine.flagging.listFlags(query, page, context);
        return { ...answer, items: answer.items.filter(shown) };
      },
      async getFlag(flagId, context) {
        const flag = await engine.flagging.getFlag(flagId, context);
        if (!shown(flag)) throw errors.notFound(`No flag "${flagId}".`);
        return flag;
      },
    },
    portability: {
      ...engine.portability,
      async *exportAll(context) {
        for await (const line of engine.portability.exportAll(context)) if (line.kind !== 'flag' || shown(line.flag)) yield line;
      },
    },
  };
}
