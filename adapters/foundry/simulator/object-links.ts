/**
 * Links between objects: a person's records and match evidence, a flag's reviews. Listed page
 * by page like objects, from the object at the link's source end.
 */
import type { ReferenceAdapter } from '../../reference/index.js';
import type { SimulatorLedger } from './ledger.js';
import { simulatorContext as context } from './object-directory.js';
import { flagReviewObject, matchEvidenceObject, sourceRecordObject } from './object-views.js';
import { engineBackedPage, offsetPage, type ObjectPage } from './paging.js';
import { supplierErrors } from './supplier-errors.js';

/** Lists the objects linked to one object. */
export type LinkBackend = (primaryKey: string, pageToken: string | undefined, size: number) => Promise<ObjectPage<object>>;

/** The link types of each object type. */
export function linkDirectory(engine: ReferenceAdapter, ledger: SimulatorLedger): Record<string, Record<string, LinkBackend>> {
  const subjectOf = async (personKey: string) => {
    const lookup = await engine.consolidation.getSubject(personKey, context);
    if ('redirectTo' in lookup) throw supplierErrors.objectNotFound('PlumblinePerson', personKey);
    return lookup.subject;
  };
  return {
    PlumblinePerson: {
      personRecords: async (personKey, token, size) => {
        const page = offsetPage((await subjectOf(personKey)).records, token, size);
        const data = await Promise.all(page.data.map(async (ref) => sourceRecordObject(await engine.sources.getRecord(ref.sourceId, ref.recordId, context))));
        return { data, nextPageToken: page.nextPageToken };
      },
      matchEvidence: async (personKey, token, size) => {
        await subjectOf(personKey);
        return engineBackedPage((cursor, limit) => engine.consolidation.listLinks(personKey, { cursor, limit }, context), matchEvidenceObject, token, size);
      },
    },
    Flag: {
      reviews: async (flagKey, token, size) => {
        const flag = await engine.flagging.getFlag(flagKey, context);
        return offsetPage(
          flag.reviews.map((review) => flagReviewObject(flagKey, review, ledger.requestKeyOf('FlagReview', review.reviewId))),
          token,
          size,
        );
      },
    },
  };
}
