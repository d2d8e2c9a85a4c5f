/**
 * The HTTP harness end to end: the reference engine behind a real gateway listening on loopback,
 * with authentication on, checked through the global fetch with a bearer token, exactly as a
 * bidder's sandbox would be.
 */
import { buildGateway } from '../../src/gateway/app.js';
import { createTestSecurity, TEST_JUSTIFICATION } from '../../src/gateway/testing/test-security.js';
import { runConformance, SUITE_ROLES } from '../index.js';
import { httpTarget } from '../harness/http.js';
import { temporaryReferenceAdapter } from '../harness/reference-target.js';

runConformance({
  name: 'reference engine over HTTP (loopback)',
  profile: 'full',
  target: async () => {
    const { security, tokenFor } = await createTestSecurity();
    const app = await buildGateway({ adapter: temporaryReferenceAdapter(), security });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const target = httpTarget({
      url,
      name: 'reference over loopback',
      token: await tokenFor(SUITE_ROLES, 'conformance-suite'),
      justification: TEST_JUSTIFICATION,
    });
    return { ...target, close: () => app.close() };
  },
});
