/**
 * The only way a breaking change passes the gate: an entry in `openapi/accepted-breaking-changes.json`
 * naming the rule and the exact locations the gate reports (one decision may touch several), with
 * the reason, the issue that decided it and who reviewed it. A location that matches nothing
 * fails the gate too, so the list holds only what is true of the document now.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Finding } from './document-compatibility.js';

export const AcceptedChange = z.strictObject({
  rule: z.string().min(1),
  locations: z.array(z.string().min(1)).min(1),
  reason: z.string().min(30, 'say why in a sentence or two: who could this break, and why is it right anyway'),
  issue: z.number().int().positive(),
  reviewedBy: z.string().min(1),
});
export type AcceptedChange = z.output<typeof AcceptedChange>;

export const AcceptedChanges = z.strictObject({ accepted: z.array(AcceptedChange) });

export async function readAcceptedChanges(path: string): Promise<AcceptedChange[]> {
  const parsed = AcceptedChanges.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((issue) => `/${issue.path.join('/')} ${issue.message}`).join('; ')}`);
  return parsed.data.accepted;
}

export interface GateVerdict {
  /** Breaking changes no entry accepts: the gate fails on any. */
  readonly unaccepted: Finding[];
  /** Breaking changes an entry accepts, with the entry. */
  readonly accepted: { finding: Finding; entry: AcceptedChange }[];
  /** Locations of entries that match no finding: the gate fails on these as well. */
  readonly unused: { rule: string; location: string }[];
}

export function judge(findings: readonly Finding[], entries: readonly AcceptedChange[]): GateVerdict {
  const matches = (finding: Finding, entry: AcceptedChange) => finding.rule === entry.rule && entry.locations.includes(finding.location);
  const accepted: GateVerdict['accepted'] = [];
  const unaccepted: Finding[] = [];
  for (const finding of findings) {
    const entry = entries.find((candidate) => matches(finding, candidate));
    if (entry) accepted.push({ finding, entry });
    else unaccepted.push(finding);
  }
  const unused = entries.flatMap((entry) =>
    entry.locations
      .filter((location) => !findings.some((finding) => finding.rule === entry.rule && finding.location === location))
      .map((location) => ({ rule: entry.rule, location })),
  );
  return { unaccepted, accepted, unused };
}
