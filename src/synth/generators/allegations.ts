/**
 * Complaints (public) and conduct (internal) case systems: one allegation record per person named
 * in a case, from the plan's case list. The person is identified as a case handler typed them: names
 * and a warrant number (a staff number for police staff), with that source's typos and gaps.
 */
import type { SourceRecord } from '../../contract/index.js';
import { isoDate, timestamp } from '../dates.js';
import { Random, hashInts, streams } from '../random.js';
import { sourceDefinition } from '../sources.js';
import { sourceTools, type EmittedRecord, type SourceGenerator } from './framework.js';

function allegationSource(origin: 'public' | 'internal'): SourceGenerator {
  const definition = sourceDefinition(origin === 'public' ? 'complaints' : 'conduct');
  return function* ({ options, people, plan }): Iterable<EmittedRecord> {
    const tools = sourceTools(definition, options);
    for (const [caseIndex, allegationCase] of plan.cases.entries()) {
      if (allegationCase.origin !== origin) continue;
      const random = new Random(options.seed, streams.cases, hashInts(tools.index, caseIndex));
      const minute = random.int(7 * 60, 22 * 60);
      for (const [partyIndex, party] of allegationCase.parties.entries()) {
        const person = people[party.personIndex];
        const day = party.day ?? allegationCase.day;
        const record: SourceRecord = {
          type: 'allegation',
          recordId: `${allegationCase.reference}-${partyIndex + 1}`,
          occurredAt: timestamp(day, party.day === undefined ? minute : random.int(7 * 60, 22 * 60)),
          identity: tools.recorder.record(person, day, tools.noiseFor(hashInts(caseIndex, partyIndex))),
          caseReference: allegationCase.reference!,
          category: party.category,
          origin,
          outcome: party.outcome,
          ...(party.outcomeDay !== undefined ? { outcomeDate: isoDate(party.outcomeDay) } : {}),
        };
        yield { record, personIndex: person.index };
      }
    }
  };
}

export const complaintsGenerator = allegationSource('public');
export const conductGenerator = allegationSource('internal');
