/** Defects of ingest, lists, errors, portability and capability refusal. */
import { errors } from '../../src/adapter/errors.js';
import { defect, replacing } from './defect.js';

export const dropsRecordsAfterRejection = defect({
  id: 'drops-records-after-a-rejected-one',
  description: 'Acknowledges every accepted record of a batch but silently stores only those before the first rejected one.',
  caughtBy: 'REC-003',
  breakAdapter(engine) {
    return replacing(engine, 'sources', {
      async ingestRecords(sourceId, records, context) {
        const gap = records.findIndex((entry, position) => entry.index !== position);
        if (gap < 0) return engine.sources.ingestRecords(sourceId, records, context);
        const { results } = await engine.sources.ingestRecords(sourceId, records.slice(0, gap), context);
        const dropped = records.slice(gap).map((entry) => ({ index: entry.index, recordId: entry.record.recordId, status: 'created' as const }));
        return { results: [...results, ...dropped] };
      },
    });
  },
});

export const omitsUpdatedResults = defect({
  id: 'omits-updated-results',
  description: 'Returns fewer results than records: records it updated get no result.',
  caughtBy: 'REC-002',
  breakAdapter(engine) {
    return replacing(engine, 'sources', {
      async ingestRecords(sourceId, records, context) {
        const { results } = await engine.sources.ingestRecords(sourceId, records, context);
        return { results: results.filter((result) => result.status !== 'updated') };
      },
    });
  },
});

export const cursorRepeatsItems = defect({
  id: 'cursor-repeats-items',
  description: 'Lists sources with a cursor that starts each page on the last item of the previous one.',
  caughtBy: 'PAG-001',
  alsoCaughtBy: ['PAG-003'],
  breakAdapter(engine) {
    return replacing(engine, 'sources', {
      // Pages by offset over the whole list, each page starting on the previous page's last item.
      async listSources(page, context) {
        const offset = page.cursor === undefined ? 0 : Number(/^o:(\d+)$/.exec(page.cursor)?.[1] ?? Number.NaN);
        if (Number.isNaN(offset)) throw errors.invalid('Unknown cursor.', [{ path: '/querystring/cursor', message: 'unknown cursor' }]);
        const all = (await engine.sources.listSources({ limit: 500 }, context)).items;
        const items = all.slice(offset, offset + page.limit);
        return { items, nextCursor: offset + page.limit < all.length ? `o:${offset + page.limit - 1}` : null };
      },
    });
  },
});

export const successForUnknownSubject = defect({
  id: 'success-for-unknown-subject',
  description: 'Answers 200 with some other subject when asked for a subject id it does not know.',
  caughtBy: 'ERR-002',
  breakAdapter(engine) {
    return replacing(engine, 'consolidation', {
      async getSubject(subjectId, context) {
        try {
          return await engine.consolidation.getSubject(subjectId, context);
        } catch (error) {
          const [first] = (await engine.consolidation.listSubjects({}, { limit: 1 }, context)).items;
          if (!first) throw error;
          return engine.consolidation.getSubject(first.subjectId, context);
        }
      },
    });
  },
});

export const losesReviewsOnExport = defect({
  id: 'loses-reviews-on-export',
  description: 'Exports flags without their reviews, as if never reviewed.',
  caughtBy: 'POR-002',
  breakAdapter(engine) {
    return replacing(engine, 'portability', {
      async *exportAll(context) {
        for await (const line of engine.portability.exportAll(context)) {
          yield line.kind === 'flag' ? { ...line, flag: { ...line.flag, status: 'open' as const, outcome: null, reviews: [] } } : line;
        }
      },
    });
  },
});

export const silentForUnclaimedCapability = defect({
  id: 'silent-for-unclaimed-capability',
  description: 'Does not claim search, erasure or import, but answers them with an empty success instead of 501.',
  caughtBy: 'CAP-001',
  unclaim: ['subjects.search', 'records.erase', 'portability.import'],
  breakFetch(fetch) {
    return async (input, init) => {
      const answer = await fetch(input, init);
      if (answer.status !== 501) return answer;
      return new Response(JSON.stringify({ items: [], nextCursor: null }), { status: 200, headers: { 'content-type': 'application/json' } });
    };
  },
});

export const acceptsProtectedCharacteristics = defect({
  id: 'accepts-protected-characteristics',
  description: 'A server that takes equality data with the records: it drops the protected fields it is sent and accepts the records.',
  caughtBy: 'REC-007',
  breakFetch(fetch) {
    const protectedFields = new Set(['protectedCharacteristics', 'ethnicity', 'religion', 'sex']);
    const strip = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(strip);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => !protectedFields.has(key))
          .map(([key, inner]) => [key, strip(inner)]),
      );
    };
    return async (input, init) => {
      const request = new Request(input, init);
      if (request.method !== 'POST' || !/\/records$/.test(new URL(request.url).pathname)) return fetch(request);
      const body = JSON.stringify(strip(await request.json()));
      const headers = new Headers(request.headers);
      headers.delete('content-length');
      return fetch(request.url, { method: 'POST', headers, body });
    };
  },
});
