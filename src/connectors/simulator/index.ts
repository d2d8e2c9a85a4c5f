/**
 * The simulator kit: what every supplier simulator shares (casework, foundry, and the example in
 * docs/connectors.md). Test and demo infrastructure: the connector kit's production entry
 * (`src/connectors/index.ts`) does not re-export it, so no connector pulls Fastify in.
 *
 * - `FaultInjector` — error statuses, delays, dropped connections and spoiled bodies, before or after the platform acts;
 * - `RateLimit`, `Throttle` — a token bucket per caller, refusing with 429/503 and `Retry-After`;
 * - `upstreamFaultSwitch` — the handle the conformance suite's upstream requirements (ADP-002, ADP-003) turn.
 *
 * Vocabularies (`defineVocabulary`) and paging with a repeated-token guard (`readAllPages`,
 * `readContractPage`) are in the connector kit, shared by connectors and their simulators.
 */
export { FaultInjector, spoil, upstreamFaultSwitch, type FaultEffect, type FaultRule, type InjectedFault, type ErrorBodyOf } from './faults.js';
export { RateLimit, Throttle, type ThrottleSettings } from './throttle.js';
