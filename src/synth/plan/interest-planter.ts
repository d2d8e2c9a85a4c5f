/**
 * Planted intelligence reports for `undeclared-association`: a report about a business, association
 * or membership, and a declaration that is missing, late, refused, of another kind, or made in time
 * (the near-misses). Declared counterparties are respelt as a person filling in a form would, so only
 * the contract's normalisation recognises them.
 */
import { drawCounterparty, respell, type CounterpartyKind } from '../counterparty.js';
import { variant, type Planter } from './planter.js';
import type { DeclarationDraft, ReportDraft } from './types.js';

const reportKind: Record<CounterpartyKind, ReportDraft['kind']> = { business_interest: 'business', association: 'association', membership: 'membership' };
const kinds: CounterpartyKind[] = ['business_interest', 'association', 'membership'];

interface Shape {
  /** Days from the report to the declaration (negative: declared before); null: never declared. */
  readonly declaredAfter: number | null;
  readonly status?: DeclarationDraft['status'];
  /** Declared under another kind than the report's. */
  readonly otherKind?: boolean;
  /** How many days before the as-of date the report is dated; random within the window otherwise. */
  readonly reportOffset?: number;
  readonly flagged: boolean;
  readonly description: string;
}

function undeclared(name: string, shape: Shape) {
  return variant(name, (context) => {
    const person = context.take(1)?.[0];
    if (!person) return null;
    const { asOf, random } = context;
    const kind = random.pick(kinds);
    const counterparty = drawCounterparty(random, kind);
    const reportDay = shape.reportOffset !== undefined ? asOf - shape.reportOffset : random.int(asOf - 330, asOf - 5);
    const declarations: DeclarationDraft[] = [];
    if (shape.declaredAfter !== null) {
      const declaredKind = shape.otherKind ? kinds[(kinds.indexOf(kind) + 1) % kinds.length] : kind;
      declarations.push({
        day: reportDay + shape.declaredAfter,
        kind: declaredKind,
        counterparty: respell(random, counterparty),
        status: shape.status ?? 'approved',
      });
    }
    context.directivesFor(person).interests = { declarations, reports: [{ day: reportDay, kind: reportKind[kind], counterparty }] };
    return {
      people: [person],
      description: `An intelligence report (${reportKind[kind]}) ${asOf - reportDay} days before the as-of date; ${shape.description}.`,
      measurements: { undeclaredReports: shape.flagged ? 1 : 0, windowDays: 365 },
    };
  });
}

export const undeclaredAssociationPlanter: Planter = {
  detectorId: 'undeclared-association',
  patterns: [
    undeclared('never-declared', { declaredAfter: null, flagged: true, description: 'nothing declared' }),
    undeclared('declared-day-after-report', { declaredAfter: 1, flagged: true, description: 'declared the day after the report' }),
    undeclared('declaration-rejected', { declaredAfter: -120, status: 'rejected', flagged: true, description: 'a declaration made earlier was rejected' }),
    undeclared('declared-as-another-kind', {
      declaredAfter: -90,
      otherKind: true,
      flagged: true,
      description: 'declared earlier, but as another kind of interest',
    }),
  ],
  nearMisses: [
    undeclared('declared-day-before-report', { declaredAfter: -1, flagged: false, description: 'declared the day before the report, spelt differently' }),
    undeclared('declared-same-day', {
      declaredAfter: 0,
      status: 'submitted',
      flagged: false,
      description: 'declared (still submitted) on the day of the report',
    }),
    undeclared('report-before-window', {
      declaredAfter: null,
      reportOffset: 365,
      flagged: false,
      description: 'never declared, but the report is a day older than the 365-day window',
    }),
  ],
};
