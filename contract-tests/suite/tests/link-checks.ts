/**
 * What every subject's links must show: each joins two of the subject's records and states its
 * basis with the evidence for it, and together they connect every record of the subject.
 */
import type { LinkExplanation, RecordRef, SourceRecord, Subject } from '../../../src/contract/index.js';
import { check, ConformanceFailure } from '../failure.js';

const key = (reference: RecordRef) => `${reference.sourceId}/${reference.recordId}`;

/** Checks the links of `subject`; `known` holds the test's own records, to check shared identifiers. */
export function checkLinksExplain(subject: Subject, links: readonly LinkExplanation[], known: ReadonlyMap<string, SourceRecord>): void {
  const members = new Set(subject.records.map(key));
  const parent = new Map([...members].map((member) => [member, member]));
  const root = (member: string): string => {
    let current = member;
    while (parent.get(current) !== current) current = parent.get(current)!;
    return current;
  };
  for (const link of links) {
    const [left, right] = [key(link.left), key(link.right)];
    check(link.subjectId === subject.subjectId, 'a link names another subject', link.subjectId, subject.subjectId);
    check(members.has(left) && members.has(right), 'a link joins a record that is not in the subject', link, [...members]);
    explainsItsBasis(link, known.get(left), known.get(right));
    parent.set(root(left), root(right));
  }
  const groups = new Set([...members].map(root));
  if (groups.size > 1)
    throw new ConformanceFailure('the links do not connect every record of the subject', `${groups.size} unconnected groups of records`, 'one connected group');
}

function explainsItsBasis(link: LinkExplanation, left: SourceRecord | undefined, right: SourceRecord | undefined): void {
  switch (link.basis) {
    case 'identifier': {
      check(link.identifier, 'an identifier link does not name the identifier', link, 'identifier: { field, value }');
      const field = link.identifier.field as keyof SourceRecord['identity'];
      for (const record of [left, right]) {
        if (!record) continue;
        check(
          record.identity[field] === link.identifier.value,
          'an identifier link names an identifier one of its records does not hold',
          link.identifier,
          record.identity,
        );
      }
      return;
    }
    case 'probabilistic':
      check(
        link.comparisons?.length && typeof link.score === 'number' && typeof link.threshold === 'number',
        'a probabilistic link lacks its comparisons, score or threshold',
        link,
        'comparisons, score and threshold',
      );
      check(
        link.score! >= link.threshold!,
        'a probabilistic link scored below its own threshold',
        { score: link.score, threshold: link.threshold },
        'score ≥ threshold',
      );
      return;
    case 'override':
      check(link.overrideId, 'an override link does not name its override', link, 'overrideId');
      return;
    case 'imported':
      return;
  }
}
