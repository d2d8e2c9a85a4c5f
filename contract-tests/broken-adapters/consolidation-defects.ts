/** Defects of consolidation and overrides. */
import { errors, PlumblineError } from '../../src/adapter/errors.js';
import type { LinkCandidate, LinkOverride } from '../../src/contract/index.js';
import { defect, replacing } from './defect.js';

export const ignoresCannotLinks = defect({
  id: 'ignores-cannot-links',
  description: 'Accepts and lists cannot-link overrides (refusing contradictions as it should) but never applies them.',
  caughtBy: 'OVR-002',
  // Deciding a possible match is a cannot-link too: one that is never applied leaves the pair queued.
  alsoCaughtBy: ['CAND-002'],
  breakAdapter(engine) {
    // The engine checks each cannot-link for contradictions, then forgets it; the adapter keeps it for show.
    const kept: LinkOverride[] = [];
    const { consolidation, portability } = engine;
    return {
      ...engine,
      consolidation: {
        ...consolidation,
        async createOverride(input, context) {
          const override = await consolidation.createOverride(input, context);
          if (override.kind !== 'cannot_link') return override;
          await consolidation.deleteOverride(override.overrideId, context);
          kept.push(override);
          return override;
        },
        async listOverrides(page, context) {
          const listed = await consolidation.listOverrides(page, context);
          return listed.nextCursor === null ? { ...listed, items: [...listed.items, ...kept] } : listed;
        },
        async deleteOverride(overrideId, context) {
          const index = kept.findIndex((override) => override.overrideId === overrideId);
          if (index < 0) return consolidation.deleteOverride(overrideId, context);
          kept.splice(index, 1);
        },
      },
      portability: {
        ...portability,
        async *exportAll(context) {
          let shown = false;
          for await (const line of portability.exportAll(context)) {
            if (!shown && (line.kind === 'subject' || line.kind === 'flag' || line.kind === 'end')) {
              shown = true;
              for (const override of kept) yield { kind: 'override' as const, override };
            }
            yield line.kind === 'end' ? { ...line, counts: { ...line.counts, override: (line.counts.override ?? 0) + kept.length } } : line;
          }
        },
      },
    };
  },
});

export const noRedirectForMergedIds = defect({
  id: 'no-redirect-for-merged-ids',
  description: 'Answers 404 for the id of a subject merged into another instead of redirecting to the survivor.',
  caughtBy: 'CON-006',
  breakAdapter(engine) {
    return replacing(engine, 'consolidation', {
      async getSubject(subjectId, context) {
        const lookup = await engine.consolidation.getSubject(subjectId, context);
        if ('redirectTo' in lookup) throw errors.notFound(`No subject with id "${subjectId}".`);
        return lookup;
      },
    });
  },
});

export const contradictionAsServerError = defect({
  id: 'contradiction-as-server-error',
  description: 'Detects contradictory overrides but lets the error escape as a plain exception: a 500 instead of a 409 conflict.',
  caughtBy: 'OVR-003',
  breakAdapter(engine) {
    return replacing(engine, 'consolidation', {
      async createOverride(input, context) {
        try {
          return await engine.consolidation.createOverride(input, context);
        } catch (error) {
          // The defect under test: the conflict is lost, cause and all.
          // eslint-disable-next-line preserve-caught-error
          if (error instanceof PlumblineError && error.kind === 'conflict') throw new Error(`override store: ${error.message}`);
          throw error;
        }
      },
    });
  },
});

export const staleCandidates = defect({
  id: 'stale-candidates',
  description: 'Keeps listing every possible match it ever listed, even after a person decided it and the run took it off the queue.',
  caughtBy: 'CAND-002',
  breakAdapter(engine) {
    const listLinkCandidates = engine.consolidation.listLinkCandidates!;
    const everListed = new Map<string, LinkCandidate>();
    return replacing(engine, 'consolidation', {
      async listLinkCandidates(page, context) {
        const listed = await listLinkCandidates(page, context);
        if (listed.nextCursor !== null) return listed;
        // On the last page, the pairs of earlier listings that the real queue no longer holds come back.
        const current = new Set<string>();
        let cursor: string | undefined;
        do {
          const whole = await listLinkCandidates({ limit: 500, cursor }, context);
          for (const item of whole.items) current.add(item.candidateId);
          cursor = whole.nextCursor ?? undefined;
        } while (cursor);
        const stale = [...everListed.values()].filter((item) => !current.has(item.candidateId));
        for (const item of listed.items) everListed.set(item.candidateId, item);
        return { ...listed, items: [...listed.items, ...stale] };
      },
    });
  },
});
