/** Opening a run against a target: read its meta once, which every test then relies on. */
import { Meta } from '../../src/contract/index.js';
import { clientFor, type ConformanceTarget } from '../harness/target.js';
import { expectStatus, parseAs } from '../suite/answers.js';
import { SuiteSession } from '../suite/test-context.js';

/** A session for a target whose meta could be read; throws when it cannot. */
export async function openSession(target: ConformanceTarget): Promise<SuiteSession> {
  const answer = await clientFor(target).GET('/v1/meta');
  const meta = parseAs(Meta, expectStatus(answer, 200, 'reading GET /v1/meta'), 'Meta');
  return new SuiteSession(target, meta);
}
