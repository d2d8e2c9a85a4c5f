/**
 * Finds `PLUMBLINE_*` environment variables that nothing reads. A misspelt or renamed setting
 * (`PLUMBLINE_CASEWORK_MAX_ATTEMPTS`, renamed `…_RETRIES`) is otherwise silently ignored and the
 * default applies, which an operator finds out about only when it matters. Start-up names them,
 * with the setting probably meant; it does not refuse to start, since a variable may be meant for
 * another version of Plumbline sharing the environment. Only names are reported, never values
 * (a value may be a secret).
 */
import { z } from 'zod';

/** A variable nothing reads, and the known one it most resembles. */
export interface UnknownSetting {
  readonly variable: string;
  readonly suggestion?: string;
}

/** Settings renamed in an earlier release, by their old name. */
const renamed: Readonly<Record<string, string>> = {
  PLUMBLINE_CASEWORK_MAX_ATTEMPTS: 'PLUMBLINE_CASEWORK_RETRIES',
};

/** What a deployment's environment may name: the gateway's own variables and each adapter's settings. */
export interface KnownSettings {
  /** Variables read by name (the gateway's configuration, the run worker's heap limit…). */
  readonly variables: readonly string[];
  /** Each adapter's variable prefix (`PLUMBLINE_FOUNDRY_`) and its settings' variable names, when its schema lists them. */
  readonly adapters: readonly { readonly prefix: string; readonly variables?: readonly string[] }[];
}

/** The `PLUMBLINE_*` variables in `environment` that `known` does not account for, sorted. */
export function findUnknownSettings(environment: NodeJS.ProcessEnv, known: KnownSettings): UnknownSetting[] {
  const every = [...known.variables, ...known.adapters.flatMap((adapter) => adapter.variables ?? [])];
  const unknown: UnknownSetting[] = [];
  for (const variable of Object.keys(environment).sort()) {
    if (!variable.startsWith('PLUMBLINE_') || known.variables.includes(variable)) continue;
    const adapter = known.adapters.find((candidate) => variable.startsWith(candidate.prefix));
    // An adapter whose schema cannot be listed accepts whatever carries its prefix.
    if (adapter && (adapter.variables === undefined || adapter.variables.includes(variable))) continue;
    unknown.push({ variable, suggestion: renamed[variable] ?? closest(variable, adapter?.variables ?? every) });
  }
  return unknown;
}

/** The variable names of an adapter's settings (`baseUrl` → `PLUMBLINE_FOUNDRY_BASE_URL`), or undefined when its schema is not an object. */
export function settingVariables(prefix: string, schema: z.ZodType): string[] | undefined {
  if (!(schema instanceof z.ZodObject)) return undefined;
  return Object.keys(schema.shape).map((key) => prefix + key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase());
}

/** One line for the start-up log: every unknown variable, with what was probably meant. */
export function describeUnknownSettings(unknown: readonly UnknownSetting[]): string {
  const named = unknown.map(({ variable, suggestion }) => (suggestion ? `${variable} (did you mean ${suggestion}?)` : variable));
  return `ignored, as no setting has the name: ${named.join(', ')}`;
}

/** The known name fewest edits away, if close enough to be a slip: one edit, or one in three letters of the name after `PLUMBLINE_`. */
function closest(variable: string, candidates: readonly string[]): string | undefined {
  const name = variable.slice('PLUMBLINE_'.length);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate.slice('PLUMBLINE_'.length));
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(name.length / 3)) ? best.candidate : undefined;
}

/** Edits between two names: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
function editDistance(left: string, right: string): number {
  const rows = Array.from({ length: left.length + 1 }, (_, i) => Array.from({ length: right.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= left.length; i++) {
    for (let j = 1; j <= right.length; j++) {
      const substitution = rows[i - 1][j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, substitution);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[left.length][right.length];
}
