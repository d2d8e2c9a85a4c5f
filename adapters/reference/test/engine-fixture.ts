/**
 * A small hand-made force for the engine's tests: three people across HR, complaints and the
 * access audit, with the spellings real systems produce (a nickname, a transposed warrant number,
 * two people sharing a family name).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceRecord, SourceRegistration } from '../../../src/contract/index.js';
import { silentLogger } from '../../../src/adapter/factory.js';
import { systemContext } from '../../../src/adapter/context.js';
import { waitForRun } from '../../../src/adapter/wait-for-run.js';
import { createReferenceAdapter, type ReferenceAdapter } from '../reference-adapter.js';

export const context = systemContext('tester');

const registration = (kind: SourceRegistration['kind'], name: string): SourceRegistration => ({
  kind,
  name,
  controller: 'Synthetic Constabulary',
  lawfulBasis: 'DPA 2018 s.35',
  purpose: 'Engine tests',
  retentionPeriod: 'P6Y',
});

export const sources: Record<string, SourceRegistration> = {
  hr: registration('hr', 'HR'),
  complaints: registration('complaints', 'Complaints'),
  audit: registration('access_audit', 'Access audit'),
};

const employment = (recordId: string, identity: SourceRecord['identity'], unit = 'Lambeth ERPT'): SourceRecord => ({
  type: 'employment',
  recordId,
  occurredAt: '2020-01-06T00:00:00Z',
  identity,
  employeeCategory: 'officer',
  role: 'Response officer',
  rank: 'PC',
  unit,
  status: 'active',
  startDate: '2020-01-06',
});

export const people = {
  robert: {
    staffNumber: 'S1001',
    warrantNumber: '214871',
    niNumber: 'QQ123456A',
    username: 'rokafor',
    givenName: 'Robert',
    familyName: 'Okafor',
    dateOfBirth: '1986-04-12',
    postcode: 'SE11 4AA',
  },
  katherine: {
    staffNumber: 'S1002',
    warrantNumber: '209334',
    niNumber: 'QQ654321B',
    username: 'ksmith2',
    givenName: 'Katherine',
    familyName: 'Smith',
    dateOfBirth: '1990-11-03',
    postcode: 'SW9 8BB',
  },
  ann: {
    staffNumber: 'S1003',
    warrantNumber: '230017',
    niNumber: 'QQ111222C',
    username: 'asmith',
    givenName: 'Ann',
    familyName: 'Smith',
    dateOfBirth: '1979-02-27',
    postcode: 'E1 6CC',
  },
};

export const hrRecords: SourceRecord[] = [
  employment('EMP-1', people.robert),
  employment('EMP-2', people.katherine),
  employment('EMP-3', people.ann, 'Hackney CID'),
];

export const allegation = (recordId: string, caseReference: string, date: string, identity: SourceRecord['identity']): SourceRecord => ({
  type: 'allegation',
  recordId,
  occurredAt: `${date}T10:00:00Z`,
  identity,
  caseReference,
  category: 'authority_respect_and_courtesy',
  origin: 'public',
  outcome: 'pending',
});

/** Robert as the complaints system knows him: "Bob", with his warrant number typed with two digits swapped. */
export const complaintRecords: SourceRecord[] = [
  allegation('CMP-1', 'CASE-1', '2026-01-10', { givenName: 'Bob', familyName: 'Okafor', warrantNumber: '214817' }),
  allegation('CMP-2', 'CASE-2', '2026-02-11', { givenName: 'Robert', familyName: 'Okafor', warrantNumber: '214871' }),
  allegation('CMP-3', 'CASE-3', '2026-03-12', { givenName: 'Robert', familyName: 'Okafor', warrantNumber: '214871' }),
  allegation('CMP-4', 'CASE-4', '2026-03-01', { givenName: 'Ann', familyName: 'Smith', warrantNumber: '230017' }),
];

export const accessRecords: SourceRecord[] = [
  {
    type: 'system_access',
    recordId: 'AUD-1',
    occurredAt: '2026-03-02T22:14:05Z',
    identity: { username: 'rokafor' },
    system: 'PNC',
    action: 'search',
    target: { kind: 'person', identity: { givenName: 'Ann', familyName: 'Okafor', postcode: 'SE11 4AA' } },
  },
];

export interface TestEngine {
  readonly adapter: ReferenceAdapter;
  readonly directory: string;
  readonly databasePath: string;
  /** Ingests the fixture force (HR, complaints, audit). */
  loadForce(): Promise<void>;
  /** Runs consolidation and waits for it. */
  consolidate(mode?: 'incremental' | 'full'): Promise<Awaited<ReturnType<typeof waitForRun>>>;
  /** Runs every detector as of the date and waits for it. */
  flag(asOf?: string): Promise<Awaited<ReturnType<typeof waitForRun>>>;
  close(): Promise<void>;
}

export function ingest(adapter: ReferenceAdapter, sourceId: string, records: SourceRecord[]) {
  return adapter.sources.ingestRecords(
    sourceId,
    records.map((record, index) => ({ index, record })),
    context,
  );
}

export function createTestEngine(directory = mkdtempSync(join(tmpdir(), 'plumbline-engine-'))): TestEngine {
  const databasePath = join(directory, 'plumbline.db');
  const adapter = createReferenceAdapter({ databasePath }, { logger: silentLogger });
  return {
    adapter,
    directory,
    databasePath,
    async loadForce() {
      for (const [sourceId, source] of Object.entries(sources)) await adapter.sources.putSource(sourceId, source, context);
      await ingest(adapter, 'hr', hrRecords);
      await ingest(adapter, 'complaints', complaintRecords);
      await ingest(adapter, 'audit', accessRecords);
    },
    async consolidate(mode = 'incremental') {
      const run = await adapter.consolidation.startRun({ mode }, context);
      return waitForRun(adapter, run.runId, context);
    },
    async flag(asOf = '2026-03-31') {
      const run = await adapter.flagging.startRun({ asOf }, context);
      return waitForRun(adapter, run.runId, context);
    },
    async close() {
      await adapter.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
