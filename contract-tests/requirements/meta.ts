/** Meta, authentication and the capability manifest: what every target must answer whatever it offers. */
import { defineRequirements } from './requirement.js';
import { requirement } from './define.js';

/** META: what `GET /v1/meta`, health and the OpenAPI document must say. */
export const metaRequirements = defineRequirements('META', [
  requirement(
    'META-001',
    'MUST',
    null,
    'baseline',
    'GET /v1/meta answers a 1.x contract version, the adapter’s identity, its capabilities (each once) and its limits.',
  ),
  requirement('META-002', 'MUST', null, 'baseline', 'The target claims every capability of the baseline profile.'),
  requirement('META-003', 'SHOULD', null, 'full', 'The target claims every capability of the contract.'),
  requirement('META-004', 'SHOULD', null, 'baseline', 'GET /healthz and GET /readyz answer 200 while the target is up and ready, without a token.'),
  requirement('META-005', 'MAY', null, 'full', 'The target publishes its OpenAPI document at /openapi.json, covering every path of the published contract.'),
]);

/** SEC: authentication, as far as the suite can see it with one token. */
export const securityRequirements = defineRequirements('SEC', [
  requirement('SEC-001', 'MUST', null, 'baseline', 'A request for personal data without a bearer token is refused with a 401 problem.'),
]);

/** CAP: refusing what is not claimed. */
export const capabilityRequirements = defineRequirements('CAP', [
  requirement(
    'CAP-001',
    'MUST',
    null,
    'baseline',
    'Every operation of a capability the target does not claim answers 501 `capability-unsupported` naming the capability, never a silent answer.',
  ),
]);
