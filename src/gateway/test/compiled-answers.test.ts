/**
 * Hot answers are checked and written by code compiled from their JSON Schema: the same bytes as
 * zod's path for valid answers, and the same verdict for invalid ones, refinements included
 * (which JSON Schema cannot say), so an adapter's bad answer is still a 502 naming the field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildGateway } from '../app.js';
import { compileAnswer } from '../compiled-answers.js';
import { createRecordingAdapter } from '../testing/recording-adapter.js';
import { exampleOf, Flag, pageOf, Subject, SubjectSummary } from '../../contract/index.js';

/** zod's own path, as the gateway uses it for every other answer. */
function zodPath(schema: z.ZodType) {
  return serializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' } as never) as (data: unknown) => string;
}

function both(schema: z.ZodType) {
  const viaZod = zodPath(schema);
  return { viaZod, compiled: compileAnswer(schema, viaZod) };
}

/** What the serialiser threw: zod's issues, as the problem handler reads them. */
function refusal(serialise: () => string): { path: PropertyKey[]; message: string }[] {
  try {
    serialise();
  } catch (error) {
    return (error as { cause: { issues: { path: PropertyKey[]; message: string }[] } }).cause.issues;
  }
  throw new Error('the answer was served');
}

const subject = exampleOf(Subject);

describe('compiled answers write what zod writes', () => {
  it.each([
    ['Subject', Subject, subject],
    ['Flag', Flag, exampleOf(Flag)],
    ['FlagPage', pageOf(Flag, 'FlagPage'), { items: [exampleOf(Flag), exampleOf(Flag)], nextCursor: 'abc' }],
    ['SubjectPage', pageOf(SubjectSummary, 'SubjectPage'), { items: [exampleOf(SubjectSummary)], nextCursor: null }],
  ])('%s: the same bytes', (_name, schema, answer) => {
    const { viaZod, compiled } = both(schema as z.ZodType);
    expect(compiled(answer)).toBe(viaZod(answer));
  });

  it('keys outside the contract are left out, as zod strips them', () => {
    const { viaZod, compiled } = both(Subject);
    const answer = { ...subject, internalScore: 0.93 };
    expect(compiled(answer)).toBe(viaZod(answer));
    expect(compiled(answer)).not.toContain('internalScore');
  });
});

describe('compiled answers refuse what zod refuses, with zod’s issues', () => {
  it('a field of the wrong type deep in the records', () => {
    const { compiled } = both(Subject);
    const issues = refusal(() => compiled({ ...subject, records: [{ ...subject.records[0], occurredAt: 'yesterday' }] }));
    expect(issues[0].path).toEqual(['records', 0, 'occurredAt']);
  });

  it('an identity with no field given (a refinement JSON Schema cannot say)', () => {
    const { compiled } = both(Subject);
    // One key, so JSON Schema's minProperties holds; its value is absent, so zod's refinement does not.
    const issues = refusal(() => compiled({ ...subject, canonicalIdentity: { givenName: undefined } }));
    expect(issues[0].path).toEqual(['canonicalIdentity']);
    expect(issues[0].message).toContain('at least one field');
  });

  it('an extension value nested past the free-form bound (a refinement too)', () => {
    const { compiled } = both(Subject);
    let deep: unknown = 'bottom';
    for (let level = 0; level < 40; level += 1) deep = [deep];
    const issues = refusal(() => compiled({ ...subject, extensions: { 'x-acme-deep': deep } }));
    expect(issues[0].path).toEqual(['extensions', 'x-acme-deep']);
  });
});

describe('through the gateway', () => {
  const opened: FastifyInstance[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((app) => app.close()));
  });

  it('an adapter’s invalid subject is a 502 naming the field', async () => {
    const adapter = createRecordingAdapter({ answers: { getSubject: () => ({ subject: { ...subject, recordCount: -1 } }) } });
    const app = await buildGateway({ adapter });
    opened.push(app);
    const response = await app.inject('/v1/subjects/subj-7f3a');
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ type: 'urn:plumbline:problem:adapter-contract-violation', errors: [{ path: '/recordCount' }] });
  });

  it('a valid subject is served as the contract spells it', async () => {
    const app = await buildGateway({ adapter: createRecordingAdapter() });
    opened.push(app);
    const response = await app.inject('/v1/subjects/subj-7f3a');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(Subject.parse(subject));
  });
});
