import { describe, expect, it } from 'vitest';
import { exampleOf, Detector, Flag, LinkExplanation, recordSchemas, Source, Subject, SubjectSummary, type SourceRecord } from '../../../src/contract/index.js';
import * as vocabularies from '../model/vocabularies.js';
import { entryFromRecord, recordFromEntry } from '../model/records.js';
import { readCsv, writeCsv } from '../model/csv.js';
import { sourceFromSystem, systemFromSource } from '../model/sources.js';
import {
  linkFromPersonLink,
  lookupFromPerson,
  personFromLookup,
  personLinkFromLink,
  personSummaryFromSubject,
  subjectSummaryFromPerson,
} from '../model/persons.js';
import {
  caseActionFromReview,
  caseworkFlagFromFlag,
  flagFilterFromQuery,
  flagFromCaseworkFlag,
  queryFromFlagFilter,
  reviewFromCaseAction,
} from '../model/flags.js';
import { detectorFromRule, evaluateRulesParameters, flaggingRequestFromParameters, ruleFromDetector } from '../model/rules.js';
import { defineVocabulary, type Vocabulary } from '../../../src/connectors/index.js';

const tables = (Object.entries(vocabularies) as [string, unknown][]).filter(
  (entry): entry is [string, Vocabulary<string, string>] => typeof (entry[1] as Partial<Vocabulary<string, string>>).toSupplier === 'function',
);

/** Every record example of the contract, plus one that uses every optional nesting. */
const records: SourceRecord[] = [
  ...recordSchemas.map((schema) => schema.parse(exampleOf(schema)) as SourceRecord),
  {
    type: 'employment',
    recordId: 'EMP-9',
    occurredAt: '2020-01-06T00:00:00+01:00',
    identity: {
      niNumber: 'QQ123456A',
      username: 'rokafor',
      email: 'r.okafor@example.org',
      payrollNumber: 'P-1',
      warrantNumber: '214871',
      postcode: 'SE11 4AA',
    },
    employeeCategory: 'officer',
    role: 'Response officer, "night" shift',
    unit: 'Lambeth ERPT',
    status: 'active',
    startDate: '2020-01-06',
    extensions: { 'x-acme-riskBand': { level: 'amber', notes: ['a,b', 'c\nd'] } },
  },
];

describe('casework enumerations', () => {
  it.each(tables)('%s maps every contract value and back', (_name, table) => {
    expect(table.contractValues.length).toBeGreaterThan(0);
    for (const value of table.contractValues) expect(table.toContract(table.toSupplier(value))).toBe(value);
    for (const word of table.supplierValues) expect(table.toSupplier(table.toContract(word))).toBe(word);
    expect(new Set(table.supplierValues).size).toBe(table.contractValues.length);
  });

  it('covers every contract enumeration it claims, and refuses unknown words', () => {
    expect(vocabularies.systemTypes.contractValues).toHaveLength(12);
    expect(vocabularies.entryTypes.contractValues).toEqual(recordSchemas.map((schema) => schema.shape.type.value));
    expect(() => vocabularies.dispositions.toContract('MAYBE' as never)).toThrow(/Unknown disposition "MAYBE"/);
    expect(() => defineVocabulary('clash', { a: 'X', b: 'X' })).toThrow(/two values/);
  });

  it('reads every job state as a run status', () => {
    for (const state of vocabularies.jobStates)
      expect(vocabularies.jobStateOfRunStatus[vocabularies.runStatusOfJobState[state]]).toBe(state === 'open' ? 'queued' : state);
  });
});

describe('casework entries', () => {
  it.each(records.map((record) => [record.type, record] as const))('%s survives the trip to an entry and back', (_type, record) => {
    const entry = entryFromRecord(record);
    expect(Object.keys(entry).every((key) => !/[A-Z]/.test(key))).toBe(true);
    expect(recordFromEntry(JSON.parse(JSON.stringify(entry)))).toEqual(record);
  });

  it('spells identity and nested fields the casework way', () => {
    const entry = entryFromRecord(records.find((record) => record.type === 'system_access')!);
    expect(entry).toMatchObject({ entry_type: 'SYSTEM_ACCESS', entry_ref: 'AUD-9930001', target: { person_details: { forename: 'Ann', surname: 'Okafor' } } });
    const custom = entryFromRecord(records.at(-1)!);
    expect(custom.custom_fields).toEqual({ 'x-acme-riskBand': { level: 'amber', notes: ['a,b', 'c\nd'] } });
  });

  it('leaves out an unknown entry type so that validation names it', () => {
    expect(recordFromEntry({ entry_ref: 'X', entry_type: 'MYSTERY' })).toEqual({ recordId: 'X' });
  });

  it('writes and reads every record type as typed CSV', () => {
    const entries = records.map(entryFromRecord);
    const rows = readCsv(writeCsv(entries));
    expect(rows.map((row) => ('entry' in row ? recordFromEntry(row.entry) : row))).toEqual(records);
  });

  it('rejects only the CSV row whose JSON cell is broken', () => {
    const rows = readCsv('entry_ref,self_edits:json\r\nA,"[1]"\r\nB,"[1"\r\n');
    expect(rows).toEqual([{ entry: { entry_ref: 'A', self_edits: [1] } }, { error: expect.stringMatching(/JSON/) }]);
  });
});

describe('casework resources', () => {
  it('maps systems, persons, links, flags and rules both ways', () => {
    const source = Source.parse({ ...exampleOf(Source), extensions: { 'x-acme-tier': 2 } });
    expect(sourceFromSystem(systemFromSource(source))).toEqual(source);
    const subject = Subject.parse(exampleOf(Subject));
    expect(lookupFromPerson(personFromLookup(subject.subjectId, { subject }))).toEqual({ subject });
    expect(lookupFromPerson(personFromLookup('old', { redirectTo: 'new' }))).toEqual({ redirectTo: 'new' });
    const summary = SubjectSummary.parse(exampleOf(SubjectSummary));
    expect(subjectSummaryFromPerson(personSummaryFromSubject(summary))).toEqual(summary);
    const link = LinkExplanation.parse(exampleOf(LinkExplanation));
    expect(personLinkFromLink(link).field_scores?.[1]).toEqual({ field: 'forename', agreement: 'ALIAS', weight: 3.1 });
    expect(linkFromPersonLink(personLinkFromLink(link))).toEqual(link);
    const identifierLink = {
      ...link,
      basis: 'identifier' as const,
      identifier: { field: 'staffNumber', value: 'S1' },
      comparisons: undefined,
      score: undefined,
      threshold: undefined,
    };
    expect(linkFromPersonLink(personLinkFromLink(identifierLink))).toEqual(JSON.parse(JSON.stringify(identifierLink)));
    const flag = Flag.parse({
      ...exampleOf(Flag),
      status: 'closed',
      outcome: 'welfare_support',
      reviews: [
        { reviewId: 'r1', status: 'in_review', outcome: null, rationale: 'Picked up.', reviewer: 'alice', reviewedAt: '2026-03-03T09:00:00Z' },
        { reviewId: 'r2', status: 'closed', outcome: 'welfare_support', rationale: 'Done.', reviewer: 'alice', reviewedAt: '2026-03-04T09:00:00Z' },
      ],
    });
    const caseworkFlag = caseworkFlagFromFlag(flag);
    expect(caseworkFlag).toMatchObject({ priority: 'P2', concern_area: 'CONDUCT', case: { case_status: 'RESOLVED', disposition: 'WELFARE_REFERRAL' } });
    expect(flagFromCaseworkFlag(caseworkFlag)).toEqual(flag);
    const detector = Detector.parse(exampleOf(Detector));
    expect(detectorFromRule(ruleFromDetector(detector))).toEqual(detector);
  });

  it('maps reviews, flag filters and rule evaluation requests both ways', () => {
    const review = { status: 'closed' as const, outcome: 'data_error' as const, rationale: 'Wrong person.' };
    expect(caseActionFromReview(review, 'bob')).toEqual({ action: 'RESOLVE', disposition: 'DATA_QUALITY', notes: 'Wrong person.', officer: 'bob' });
    expect(reviewFromCaseAction(caseActionFromReview(review, 'bob'))).toEqual(review);
    const query = { status: 'in_review' as const, detectorId: 'vetting-lapsed', subjectId: 'subj-1', category: 'welfare' as const, severity: 'high' as const };
    expect(flagFilterFromQuery(query)).toEqual({
      case_status: 'UNDER_REVIEW',
      rule_code: 'vetting-lapsed',
      person_ref: 'subj-1',
      concern_area: 'WELLBEING',
      priority: 'P1',
    });
    expect(queryFromFlagFilter(flagFilterFromQuery(query))).toEqual(query);
    const request = { asOf: '2026-03-31', detectors: [{ detectorId: 'repeated-allegations', parameters: { threshold: 4 } }] };
    expect(flaggingRequestFromParameters(evaluateRulesParameters(request))).toEqual(request);
  });
});
