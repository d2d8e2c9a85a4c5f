/** Every test of the suite, in the order the runners run and the reports list them. */
import type { TestGroup } from '../conformance-test.js';
import { adapterTests } from './adapter-tests.js';
import { candidateTests } from './candidate-tests.js';
import { consolidationTests } from './consolidation-tests.js';
import { detectorTests } from './detector-tests.js';
import { erasureTests } from './erasure-tests.js';
import { errorTests } from './error-tests.js';
import { flagTests } from './flag-tests.js';
import { metaTests } from './meta-tests.js';
import { overrideTests } from './override-tests.js';
import { paginationTests } from './pagination-tests.js';
import { portabilityTests } from './portability-tests.js';
import { recordTests } from './record-tests.js';
import { sourceTests } from './source-tests.js';

export const testGroups: readonly TestGroup[] = [
  metaTests,
  errorTests,
  paginationTests,
  sourceTests,
  recordTests,
  erasureTests,
  consolidationTests,
  overrideTests,
  candidateTests,
  detectorTests,
  flagTests,
  portabilityTests,
  adapterTests,
];
