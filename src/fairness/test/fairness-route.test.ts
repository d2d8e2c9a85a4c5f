/**
 * The auditor's fairness report through the gateway, on a bidder: our gateway (authentication on,
 * an audit trail on disk, every log line kept) in front of the http adapter, pointed at a remote
 * gateway over loopback that holds a small synthetic force. The route answers the same report as a
 * client computing it from the contract's standard reads; only auditors with a justification get
 * it; and the equality data sent is in no log line, in no audit entry, and never reaches the remote.
 * `plumbline fairness` is run against both: the gateway's route, and the bidder with --client-side.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildGateway } from '../../gateway/app.js';
import { createTestSecurity, type TestSecurity } from '../../gateway/testing/test-security.js';
import { loadDemoForce } from '../../demo/load-demo-force.js';
import { writeDemoEquality } from '../../demo/demo-equality.js';
import { FairnessReport, type EqualityPerson } from '../../contract/index.js';
import { synthesizeForce } from '../../synth/index.js';
import { UsageError } from '../../cli/command.js';
import { fairnessCommand } from '../../cli/fairness-command.js';
import { startRemoteGateway, type RemoteGateway } from '../../../adapters/http/test/remote-gateway.js';
import type { HttpAdapter } from '../../../adapters/http/index.js';
import { auditFairness } from '../fairness-audit.js';
import { equalityCsv, parseEqualityFile } from '../equality-file.js';
import { syntheticAttributes, syntheticEquality } from '../synthetic-equality.js';

const force = { people: 300, months: 12, seed: 5 };
const directory = mkdtempSync(join(tmpdir(), 'plumbline-fairness-route-'));
const auditPath = join(directory, 'audit.db');
/** A group name no log line or audit entry may ever hold. */
const marker = 'Quetzalcoatl-Xenodochial';

let remote: RemoteGateway;
let bidder: HttpAdapter;
let app: FastifyInstance;
let security: TestSecurity;
let people: EqualityPerson[];
const logLines: string[] = [];

beforeAll(async () => {
  remote = await startRemoteGateway();
  bidder = await remote.connect({ timeoutMs: 120_000 });
  await loadDemoForce(bidder, force, { step: () => {}, records: () => {} });
  // The auditor's data: the force's, with one group renamed so that any trace of it can be found.
  people = syntheticEquality(synthesizeForce(force)).people.map((person) => ({
    ...person,
    attributes: { ...person.attributes, sex: person.attributes.sex === 'female' ? marker : person.attributes.sex },
  }));
  security = await createTestSecurity({ auditDatabasePath: auditPath });
  app = await buildGateway({
    adapter: bidder,
    security: security.security,
    logger: { level: 'trace', stream: { write: (line: string) => void logLines.push(line) } },
  });
}, 240_000);

afterAll(async () => {
  await app?.close();
  await remote?.close();
  rmSync(directory, { recursive: true, force: true });
});

const audit = async (role: 'auditor' | 'analyst', payload: unknown, justification = true) => {
  const headers = await security.headersFor(role, `fairness-${role}`);
  if (!justification) delete headers['plumbline-justification'];
  return app.inject({ method: 'POST', url: '/v1/fairness-audits', headers, payload: payload as object });
};

describe('POST /v1/fairness-audits', () => {
  let report: FairnessReport;

  it('answers the auditor with the report a client computes from the standard reads', async () => {
    const answer = await audit('auditor', { people });
    expect(answer.statusCode, answer.body).toBe(200);
    report = FairnessReport.parse(answer.json());
    expect(report.computedBy).toBe('gateway');
    expect(report.adapter?.id).toBe('http');
    expect(report.population).toMatchObject({ people: people.length, sharedSubjects: 0, coverage: { found: expect.any(Number) } });
    expect(report.population.flaggedPeople).toBeGreaterThan(5);
    expect(report.population.coverage!.found).toBe(report.population.coverage!.checked);
    const client = await auditFairness(bidder, people, undefined, { actor: 'client', justification: 'TEST' }, { computedBy: 'client' });
    const comparable = ({ detectors, findings, population }: FairnessReport) => ({ detectors, findings, population });
    expect(comparable(report)).toEqual(comparable(client));
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('is for auditors only, with a justification', async () => {
    const calls = logLines.length;
    expect((await audit('analyst', { people })).statusCode).toBe(403);
    const missing = await audit('auditor', { people }, false);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('/headers/plumbline-justification');
    expect(logLines.length).toBeGreaterThan(calls);
  });

  it('says what is wrong with a request, and where', async () => {
    const unknownReference = await audit('auditor', { people, options: { referenceGroups: { ethnicity: 'Martian' } } });
    expect(unknownReference.statusCode).toBe(400);
    expect(unknownReference.json().errors[0].path).toBe('/body/options/referenceGroups');
    const keyless = await audit('auditor', { people: [{ attributes: { sex: 'female' } }] });
    expect(keyless.statusCode).toBe(400);
    expect(keyless.json().detail).toContain('/people/0/records');
    const tooSmall = await audit('auditor', { people, options: { minimumGroupSize: 2 } });
    expect(tooSmall.statusCode).toBe(400);
  });

  it('records a consultation in the audit trail, naming no one and holding none of the equality data', async () => {
    const headers = await security.headersFor('auditor', 'trail-reader');
    const entries = (await app.inject({ url: '/v1/audit-events?operation=auditFairness', headers })).json().items;
    const granted = entries.find((entry: { status: number }) => entry.status === 200);
    expect(granted).toMatchObject({
      action: 'consultation',
      operation: 'auditFairness',
      role: 'auditor',
      targets: [],
      criteria: {},
      justification: 'TEST-CASE-0001',
    });
    expect(entries.some((entry: { status: number }) => entry.status === 403)).toBe(true);
    const trail = readFileSync(auditPath);
    const firstKey = people[0].records![0].recordId;
    for (const secret of [marker, firstKey]) expect(trail.includes(secret), secret).toBe(false);
  });

  it('logs none of the equality data', () => {
    const log = logLines.join('');
    expect(log).toContain('/v1/fairness-audits');
    for (const secret of [marker, people[0].records![0].recordId, people[1].records![0].recordId]) expect(log, secret).not.toContain(secret);
  });
});

/** Runs the command in process, returning its exit code and what it printed. */
async function fairness(argv: string[]): Promise<{ code: number; stdout: string }> {
  const printed: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => printed.push(String(chunk)) > 0);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await fairnessCommand.run(argv), stdout: printed.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('plumbline fairness', () => {
  it('gets the auditor’s report from a gateway, and computes it itself against a bidder', async () => {
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const file = join(directory, 'equality.csv');
    writeFileSync(file, equalityCsv(people, syntheticAttributes));
    expect(parseEqualityFile(readFileSync(file, 'utf8'))).toEqual(people);

    const viaGateway = await fairness([
      '--url',
      address,
      '--token',
      await security.tokenFor('auditor', 'cli'),
      '--equality',
      file,
      '--out',
      join(directory, 'gateway'),
    ]);
    expect(viaGateway.code).toBe(0);
    expect(viaGateway.stdout).toMatch(/Fairness audit of http: 300 people/);
    const fromGateway = FairnessReport.parse(JSON.parse(readFileSync(join(directory, 'gateway', 'fairness.json'), 'utf8')));
    expect(fromGateway.computedBy).toBe('gateway');
    const page = readFileSync(join(directory, 'gateway', 'fairness.html'), 'utf8');
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script|<link|src="http/);

    const clientSide = await fairness([
      '--url',
      remote.baseUrl,
      '--token',
      remote.token,
      '--equality',
      file,
      '--client-side',
      '--out',
      join(directory, 'client'),
    ]);
    expect(clientSide.code).toBe(0);
    const computed = FairnessReport.parse(JSON.parse(readFileSync(join(directory, 'client', 'fairness.json'), 'utf8')));
    expect(computed.computedBy).toBe('client');
    expect(computed.detectors).toEqual(fromGateway.detectors);
  }, 120_000);

  it('refuses what it cannot do, saying why', async () => {
    const bad = join(directory, 'bad.csv');
    writeFileSync(bad, 'sex,ethnicity\nfemale,White\n');
    const refused = async (argv: string[], message: RegExp) => {
      const attempt = fairnessCommand.run(argv);
      await expect(attempt).rejects.toThrow(UsageError);
      await expect(attempt).rejects.toThrow(message);
    };
    await refused(['--url', 'http://127.0.0.1:1', '--equality', bad, '--out', directory], /needs a `records` or a `subjectIds` column/);
    await refused(['--adapter', 'reference', '--equality', bad, '--out', directory], /--adapter starts an empty engine/);
    await refused(['--adapter', 'reference', '--people', '100', '--band', '1.2:0.8', '--out', directory], /band\.lower/);
    await refused(['--url', 'http://x', '--adapter', 'reference', '--people', '100', '--out', directory], /name one target/);
    await refused(['--adapter', 'reference', '--people', '100', '--reference', 'ethnicity', '--out', directory], /ATTRIBUTE=GROUP/);
  });

  it('writes the demo’s equality file for the demo force', async () => {
    const path = join(directory, 'demo', 'demo-equality.csv');
    expect(await writeDemoEquality(force, path)).toBe(people.length);
    const written = parseEqualityFile(readFileSync(path, 'utf8'));
    expect(written.map((person) => person.records)).toEqual(people.map((person) => person.records));
  });
});
