/** `undeclared-association`: an intelligence-reported interest with no declaration made before it. */
import type { RecordOf } from '../contract/index.js';
import { defineStandardDetector } from './define-detector.js';
import { countOf } from './format.js';
import { normaliseCounterparty } from './normalise.js';
import { windowDaysParameter } from './parameters.js';
import { occurredOn, recordsInWindow, recordsOfType, trailingWindow } from './windows.js';

type AssociationKind = RecordOf<'association_report'>['associationKind'];
type InterestKind = RecordOf<'interest_declaration'>['interestKind'];

const declaredAs: Record<AssociationKind, InterestKind> = { business: 'business_interest', association: 'association', membership: 'membership' };
const standingStatuses: ReadonlySet<string> = new Set(['submitted', 'approved']);

export const undeclaredAssociation = defineStandardDetector({
  detectorId: 'undeclared-association',
  category: 'integrity',
  title: 'Reported interest or association not declared',
  description: {
    inputs:
      'the subject’s `association_report` records (date: the UTC date of `occurredAt`; `associationKind`; `counterparty`) and all its `interest_declaration` records (date: the UTC date of `occurredAt`, when it was declared; `interestKind`; `counterparty`; `status`).',
    window: 'reports dated in the `windowDays` days ending on the as-of date A, both ends inclusive. Declarations of any age count.',
    whatCounts:
      'a report is declared when the subject has a declaration of the matching kind (report `business` ↔ declaration `business_interest`, `association` ↔ `association`, `membership` ↔ `membership`), with status `submitted` or `approved`, dated on or before the report’s date, whose counterparty equals the report’s once both are normalised (lower-case; `&` becomes `and`; punctuation removed; white space collapsed; one trailing legal suffix ltd, limited, plc, llp, inc or co removed).',
    rule: 'raise a flag for each report in the window that is not declared.',
    flag: 'one per report; evidence: the report; measurements `declarationsOfKind` (the subject’s standing declarations of the matching kind dated on or before the report, none of which matched), `windowDays`; window: the trailing window.',
    severity: 'high.',
    example:
      '(defaults, A = 2026-03-31): a report dated 2026-01-20 of a business “Okafor & Sons Lettings Limited”. A declaration of a business_interest in “OKAFOR AND SONS LETTINGS LTD.”, approved, dated 2026-01-20 or earlier: declared, no flag (both normalise to “okafor and sons lettings”). Declared on 2026-01-21, or rejected, or declared as a membership: a flag. A report dated 2025-03-31 (one day before the window) is not considered.',
  },
  parameters: {
    windowDays: windowDaysParameter(365, 'reports dated in it are checked'),
  },
  recordTypes: ['association_report', 'interest_declaration'],
  lookback: (parameters) => ({ association_report: parameters.windowDays, interest_declaration: null }),
  evaluate({ asOf, subjects }, { windowDays }, raise) {
    const window = trailingWindow(asOf, windowDays);
    for (const subject of subjects) {
      const reports = recordsInWindow(subject, 'association_report', window);
      if (reports.length === 0) continue;
      const declarations = recordsOfType(subject, 'interest_declaration')
        .filter(({ record }) => standingStatuses.has(record.status))
        .map(({ record }) => ({ kind: record.interestKind, date: occurredOn(record), counterparty: normaliseCounterparty(record.counterparty) }));
      for (const report of reports) {
        const reportDate = occurredOn(report.record);
        const kind = declaredAs[report.record.associationKind];
        const counterparty = normaliseCounterparty(report.record.counterparty);
        const earlier = declarations.filter((declaration) => declaration.kind === kind && declaration.date <= reportDate);
        if (earlier.some((declaration) => declaration.counterparty === counterparty)) continue;
        raise({
          subjectIds: [subject.subjectId],
          severity: 'high',
          rationale:
            `An intelligence report dated ${reportDate} links the person to the ${report.record.associationKind} “${report.record.counterparty}”; ` +
            `no submitted or approved declaration of a ${kind.replace('_', ' ')} with that name was made on or before that date ` +
            `(${countOf(earlier.length, 'earlier declaration')} of that kind on file, none naming it). The report may be inaccurate or the declaration held elsewhere.`,
          evidence: [report.ref],
          measurements: { declarationsOfKind: earlier.length, windowDays },
          window,
        });
      }
    }
  },
});
