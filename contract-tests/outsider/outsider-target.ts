/** The outsider listening on loopback, as a target the HTTP harness reaches like any bidder's sandbox. */
import { randomBytes } from 'node:crypto';
import { httpTarget } from '../harness/http.js';
import type { ConformanceTarget } from '../harness/target.js';
import { createOutsider, type OutsiderDefects } from './outsider-server.js';

export async function outsiderTarget(defects: OutsiderDefects = {}, name = 'outsider'): Promise<ConformanceTarget> {
  const token = randomBytes(16).toString('hex');
  const outsider = createOutsider({ token, defects });
  const url = await outsider.listen();
  return { ...httpTarget({ url, name, token, justification: 'Conformance of the outsider' }), close: outsider.close };
}
