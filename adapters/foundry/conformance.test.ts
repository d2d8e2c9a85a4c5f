/**
 * The shared conformance suite, full profile, against the foundry connector talking to its
 * bundled simulator: every adapter the suite asks for is a fresh connector over a fresh simulator.
 */
import { runConformance } from '../../contract-tests/index.js';
import { startFoundryFixture } from './test/foundry-fixture.js';

runConformance({
  name: 'foundry (through its simulator)',
  profile: 'full',
  adapter: async () => {
    const { adapter, upstream } = await startFoundryFixture();
    return { adapter, upstream };
  },
});
