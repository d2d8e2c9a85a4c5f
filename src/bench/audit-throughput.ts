/**
 * What access control and the audit trail cost: subject reads over loopback through two gateways
 * on the same adapter, one with security off and one with everything on (token verification, role
 * and justification checks, the per-caller rate limit, and an audit entry committed to a real
 * SQLite file before each answer), measured in alternating rounds of the same run so that both
 * see the same machine noise (medians of the rounds, with each side's CPU time per request).
 * `plumbline bench` reports the result as `http.auditOnRps` and `http.auditOffRps`; the target
 * is on ≥ 0.7 × off.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlumblineAdapterV1 } from '../adapter/adapter-v1.js';
import { buildGateway } from '../gateway/app.js';
import { createTestSecurity } from '../gateway/testing/test-security.js';
import { loadOnce, type MeasureOptions, type Target } from './measure-http.js';
import { borrowAdapter } from './borrowed-adapter.js';

export interface AuditThroughputResult {
  /** Subject reads per second with authentication, roles, justification, rate limit and audit on (median of the rounds). */
  readonly auditOnRps: number;
  /** Subject reads per second with security off (median of the rounds). */
  readonly auditOffRps: number;
  /** `auditOnRps / auditOffRps`. */
  readonly ratio: number;
  /**
   * The gateway process's CPU time per request, on and off (median of the rounds): steadier than
   * throughput on a machine where other work competes for the cores, so it tells whether a low
   * ratio is the gateway's cost or the machine's noise.
   */
  readonly cpuMicrosPerRequest: { readonly on: number; readonly off: number };
}

export interface AuditThroughputOptions extends Partial<MeasureOptions> {
  /** Audit durability to measure (default `normal`, the gateway's default). */
  readonly synchronous?: 'normal' | 'full';
}

/**
 * Measures subject-read throughput with security on and off. The adapter is borrowed: it is not
 * closed, and `subjectId` must be readable through it.
 */
export async function measureAuditThroughput(
  adapter: PlumblineAdapterV1,
  subjectId: string,
  options: AuditThroughputOptions = {},
): Promise<AuditThroughputResult> {
  const directory = mkdtempSync(join(tmpdir(), 'plumbline-audit-bench-'));
  const borrowed = borrowAdapter(adapter);
  // A budget no benchmark reaches, so the limiter's bookkeeping is measured but never refuses.
  const testSecurity = await createTestSecurity({ auditDatabasePath: join(directory, 'audit.db'), rateLimitPerMinute: 1_000_000_000 });
  const security = { ...testSecurity.security, audit: { ...testSecurity.security.audit, synchronous: options.synchronous } };
  const off = await buildGateway({ adapter: borrowed });
  const on = await buildGateway({ adapter: borrowed, security });
  try {
    const headers = await testSecurity.headersFor('analyst', 'benchmark');
    const paths = [`/v1/subjects/${encodeURIComponent(subjectId)}`];
    const targets: Target[] = [
      { name: 'off', url: await off.listen({ host: '127.0.0.1', port: 0 }), paths, headers },
      { name: 'on', url: await on.listen({ host: '127.0.0.1', port: 0 }), paths, headers },
    ];
    const settings = { seconds: options.seconds ?? 3, connections: options.connections ?? 2 };
    const rounds = options.rounds ?? 3;
    const measured: Record<string, { rps: number[]; cpu: number[] }> = { off: { rps: [], cpu: [] }, on: { rps: [], cpu: [] } };
    // Alternating rounds: both sides see the same machine noise. The load generator runs in its
    // own process, so this process's CPU time is the gateways' own.
    for (let round = 1; round <= rounds; round += 1) {
      for (const target of targets) {
        options.onProgress?.(`audit: ${target.name}, round ${round} of ${rounds}`);
        const before = process.cpuUsage();
        const result = await loadOnce(target, settings);
        const used = process.cpuUsage(before);
        if (result.non2xx > 0 || result.errors > 0) {
          throw new Error(
            `audit benchmark (${target.name}): ${result.non2xx} answers were not 2xx and ${result.errors} failed; nothing meaningful was measured.`,
          );
        }
        measured[target.name].rps.push(result.requestsPerSecond);
        measured[target.name].cpu.push((used.user + used.system) / (result.requestsPerSecond * settings.seconds));
      }
    }
    const auditOnRps = median(measured.on.rps);
    const auditOffRps = median(measured.off.rps);
    return { auditOnRps, auditOffRps, ratio: auditOnRps / auditOffRps, cpuMicrosPerRequest: { on: median(measured.on.cpu), off: median(measured.off.cpu) } };
  } finally {
    await Promise.all([off.close(), on.close()]);
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The median of some measurements (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
