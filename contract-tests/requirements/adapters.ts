/**
 * The adapter's own promises that no HTTP answer shows by itself: a close that is safe to repeat,
 * and a supplier's failures answered the same way behind every connector. They are checked where
 * the harness can reach the adapter (in process) and, for upstream failures, make its supplier
 * fail (a connector over its simulator); elsewhere their tests are skipped with the reason.
 */
import { defineRequirements } from './requirement.js';
import { requirement } from './define.js';

/** ADP: the adapter behind the gateway. */
export const adapterRequirements = defineRequirements('ADP', [
  requirement('ADP-001', 'MUST', null, 'baseline', 'Closing an adapter a second time is harmless: `close()` resolves again without error.'),
  requirement(
    'ADP-002',
    'MUST',
    null,
    'baseline',
    'A supplier answering 429 or 503 is answered 503 `upstream-unavailable`, 408 or 504 is answered 504 `upstream-timeout`, and 500 or 502 is answered 502 `upstream-failure`; 503 and 504 are marked `retryable`.',
  ),
  requirement(
    'ADP-003',
    'MUST',
    null,
    'baseline',
    'A supplier that does not answer within the connector\u2019s deadline is answered 504 `upstream-timeout`, marked `retryable`.',
  ),
]);
