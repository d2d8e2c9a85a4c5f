/**
 * The interests register and the intelligence database, drawn together because one depends on the
 * other: about 0.3 declarations per person over their last three years, and intelligence reports
 * (about 2 in 100 people) only about interests that were declared before the report and still
 * stand, so background reports are all "declared". Planted scenarios add undeclared ones.
 */
import { normaliseCounterparty } from '../../detectors/normalise.js';
import { drawCounterparty, respell, type CounterpartyKind } from '../counterparty.js';
import { timestamp } from '../dates.js';
import type { Person } from '../people.js';
import type { DeclarationDraft, Directives, ReportDraft } from '../plan/types.js';
import { Random, streams } from '../random.js';
import type { ResolvedOptions } from '../options.js';
import { perPerson } from './framework.js';

const kinds: CounterpartyKind[] = ['business_interest', 'association', 'membership'];
const kindWeights = [0.45, 0.25, 0.3];
const statuses: DeclarationDraft['status'][] = ['approved', 'submitted', 'rejected', 'withdrawn'];
const statusWeights = [0.8, 0.12, 0.04, 0.04];
const reportKinds: Record<CounterpartyKind, ReportDraft['kind']> = { business_interest: 'business', association: 'association', membership: 'membership' };
const gradings = ['A1', 'B2', 'B3', 'C3', 'C4', 'E4'];

/** A person's declarations and reports: the background, with the planted scenario merged in. */
export function interestsOf(options: ResolvedOptions, person: Person, directives: Directives | undefined) {
  const random = new Random(options.seed, streams.interests, person.index);
  const lastDay = Math.min(person.endDay ?? options.asOf, options.asOf);
  const firstDay = Math.max(person.startDay, options.asOf - 3 * 365);
  let declarations: DeclarationDraft[] = [];
  const reports: ReportDraft[] = [];
  const count = firstDay <= lastDay ? random.poisson(0.3) : 0;
  for (let index = 0; index < count; index++) {
    const kind = random.weighted(kinds, kindWeights);
    declarations.push({
      day: random.int(firstDay, lastDay),
      kind,
      counterparty: drawCounterparty(random, kind),
      status: random.weighted(statuses, statusWeights),
    });
  }
  const standing = declarations.filter((declaration) => declaration.status === 'approved' || declaration.status === 'submitted');
  if (standing.length > 0 && random.chance(0.1)) {
    const declared = random.pick(standing);
    const day = declared.day + random.int(20, 400);
    if (day <= options.asOf) reports.push({ day, kind: reportKinds[declared.kind], counterparty: respell(random, declared.counterparty) });
  }
  if (!directives?.interests) return { declarations, reports };
  // A planted report stands alone: no background declaration may happen to declare it.
  const planted = new Set(directives.interests.reports.map((report) => normaliseCounterparty(report.counterparty)));
  declarations = declarations.filter((declaration) => !planted.has(normaliseCounterparty(declaration.counterparty)));
  return { declarations: [...declarations, ...directives.interests.declarations], reports: directives.interests.reports };
}

export const interestsGenerator = perPerson('interests', function* (scope, { options }) {
  const { person, random, directives } = scope;
  for (const declaration of interestsOf(options, person, directives).declarations) {
    yield {
      type: 'interest_declaration',
      recordId: scope.nextId(),
      occurredAt: timestamp(declaration.day, random.int(8 * 60, 20 * 60)),
      identity: scope.identity(declaration.day),
      interestKind: declaration.kind,
      counterparty: declaration.counterparty,
      status: declaration.status,
    };
  }
});

export const intelligenceGenerator = perPerson('intelligence', function* (scope, { options }) {
  const { person, random, directives } = scope;
  for (const report of interestsOf(options, person, directives).reports) {
    yield {
      type: 'association_report',
      recordId: scope.nextId(),
      occurredAt: timestamp(report.day, random.int(0, 1439)),
      identity: scope.identity(report.day),
      associationKind: report.kind,
      counterparty: report.counterparty,
      grading: random.pick(gradings),
    };
  }
});
