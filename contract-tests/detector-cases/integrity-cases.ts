/** Cases for the integrity detectors, each on one side of a threshold, window edge or matching rule. */
import type { RecordOf } from '../../src/contract/index.js';
import { casesOf, day, type CaseMaker, type CasePerson } from './case-maker.js';

const purpose = { kind: 'incident', reference: 'CAD-2026-0001' } as const;

const accesses =
  (withoutPurpose: readonly number[], withPurpose = 0) =>
  (make: CaseMaker) => {
    const officer = make.person('officer');
    for (const offset of withoutPurpose) officer.accessed(day(offset));
    for (let index = 0; index < withPurpose; index++) officer.accessed(day(-3 - index), { purpose });
  };

export const accessWithoutPurposeCases = casesOf('access-without-purpose', [
  { title: 'five accesses without purpose, the first on the window’s first day', flags: 1, build: accesses([-29, -10, -9, -8, -7]) },
  { title: 'four without purpose and three with one', flags: 0, build: accesses([-10, -9, -8, -7], 3) },
  { title: 'five without purpose, the first the day before the window', flags: 0, build: accesses([-30, -10, -9, -8, -7]) },
  { title: 'ten without purpose (high severity)', flags: 1, build: accesses([-20, -19, -18, -17, -16, -15, -14, -13, -12, -11]) },
]);

const accentedVowels: Record<string, string> = { A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' };

/** The family name as another system would spell it: capitals and one accent. */
const respelt = (familyName: string) => familyName.toUpperCase().replace(/[AEIOU]/, (vowel) => accentedVowels[vowel]);

type Target = RecordOf<'system_access'>['target'];

/** An officer's access to a person made up from the officer's own identity. */
const accessTo =
  (targetOf: (officer: CasePerson, make: CaseMaker) => Target, options: { offset?: number; withPurpose?: boolean } = {}) =>
  (make: CaseMaker) => {
    const officer = make.person('officer').employed(make.name('unit'));
    officer.accessed(day(options.offset ?? -10), { target: targetOf(officer, make), ...(options.withPurpose ? { purpose } : {}) });
  };

const relative = (officer: CasePerson): Target => ({
  kind: 'person',
  identity: { givenName: 'Relative', familyName: respelt(officer.identity.familyName), postcode: officer.identity.postcode.replace(' ', '').toLowerCase() },
});

export const accessToConnectedPersonCases = casesOf('access-to-connected-person', [
  { title: 'an access without purpose to someone of the same family name and postcode, spelt differently', flags: 1, build: accessTo(relative) },
  { title: 'the same access with a recorded purpose', flags: 0, build: accessTo(relative, { withPurpose: true }) },
  {
    title: 'an access to someone of the same family name at another postcode',
    flags: 0,
    build: accessTo((officer) => ({ kind: 'person', identity: { familyName: officer.identity.familyName, postcode: 'ZZ0 0ZZ' } })),
  },
  {
    title: 'an access without purpose to a colleague, by staff number',
    flags: 1,
    build: accessTo((_, make) => ({ kind: 'person', identity: { staffNumber: make.person('colleague').employed(make.name('unit')).identity.staffNumber } })),
  },
  {
    title: 'an access to the officer’s own staff number (not a colleague)',
    flags: 0,
    build: accessTo((officer) => ({ kind: 'person', identity: { staffNumber: officer.identity.staffNumber } })),
  },
  { title: 'a connected access the day before the window', flags: 0, build: accessTo(relative, { offset: -365 }) },
]);

type DeclarationKind = RecordOf<'interest_declaration'>['interestKind'];
type ReportKind = RecordOf<'association_report'>['associationKind'];

interface Declared {
  readonly kind: DeclarationKind;
  readonly offset: number;
  readonly status?: RecordOf<'interest_declaration'>['status'];
}

/** An intelligence report of a firm on `reportOffset`, and optionally a declaration of it spelt another way. */
const reported = (reportKind: ReportKind, reportOffset: number, declared?: Declared) => (make: CaseMaker) => {
  const officer = make.person('officer');
  const firm = make.name('firm');
  if (declared) {
    officer.add('interest_declaration', day(declared.offset), {
      interestKind: declared.kind,
      counterparty: `${firm.toUpperCase()}  and  Sons   Limited`,
      status: declared.status ?? 'approved',
    });
  }
  officer.add('association_report', day(reportOffset), { associationKind: reportKind, counterparty: `${firm} & Sons Ltd.` });
};

export const undeclaredAssociationCases = casesOf('undeclared-association', [
  { title: 'a reported business with no declaration', flags: 1, build: reported('business', -50) },
  {
    title: 'a business declared earlier, spelt differently (& and, Ltd. Limited, capitals)',
    flags: 0,
    build: reported('business', -50, { kind: 'business_interest', offset: -100 }),
  },
  { title: 'a business declared on the day of the report', flags: 0, build: reported('business', -50, { kind: 'business_interest', offset: -50 }) },
  { title: 'a business declared only after the report', flags: 1, build: reported('business', -50, { kind: 'business_interest', offset: -40 }) },
  { title: 'a membership declared as a business interest', flags: 1, build: reported('membership', -50, { kind: 'business_interest', offset: -100 }) },
  {
    title: 'an association whose declaration was rejected',
    flags: 1,
    build: reported('association', -50, { kind: 'association', offset: -100, status: 'rejected' }),
  },
  {
    title: 'an association declared (submitted) before the report',
    flags: 0,
    build: reported('association', -50, { kind: 'association', offset: -100, status: 'submitted' }),
  },
  { title: 'an undeclared business reported the day before the window', flags: 0, build: reported('business', -365) },
]);

type Vetting = Omit<RecordOf<'vetting'>, 'type' | 'recordId' | 'occurredAt' | 'identity'>;

/** An officer whose post requires `required` (or nothing), with these vetting decisions. */
const vetted =
  (required: RecordOf<'employment'>['vettingLevelRequired'], vettings: readonly (Vetting & { on: number })[], status: 'active' | 'left' = 'active') =>
  (make: CaseMaker) => {
    const officer = make.person('officer').employed(make.name('unit'), { ...(required ? { vettingLevelRequired: required } : {}), status });
    for (const { on, ...vetting } of vettings) officer.add('vetting', day(on), vetting);
  };

export const vettingLapsedCases = casesOf('vetting-lapsed', [
  {
    title: 'a post requiring SC with only MV granted',
    flags: 1,
    build: vetted('SC', [{ on: -500, level: 'MV', status: 'granted', grantedDate: day(-500), expiryDate: day(500) }]),
  },
  {
    title: 'a post requiring MV with SC granted, expiring on the as-of date',
    flags: 0,
    build: vetted('MV', [{ on: -500, level: 'SC', status: 'granted', grantedDate: day(-500), expiryDate: day(0) }]),
  },
  {
    title: 'vetting at the required level that expired the day before',
    flags: 1,
    build: vetted('MV', [{ on: -500, level: 'MV', status: 'granted', grantedDate: day(-500), expiryDate: day(-1) }]),
  },
  { title: 'an officer who has left, without vetting', flags: 0, build: vetted('SC', [], 'left') },
  {
    title: 'vetting granted only after the as-of date',
    flags: 1,
    build: vetted('CTC', [{ on: 5, level: 'CTC', status: 'granted', grantedDate: day(5), expiryDate: day(900) }]),
  },
  { title: 'a post requiring no vetting', flags: 0, build: vetted(undefined, []) },
  { title: 'vetting still pending', flags: 1, build: vetted('MV', [{ on: -20, level: 'MV', status: 'pending' }]) },
]);
