/** The small pieces the noise and the planted scenarios rest on. */
import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../../contract/index.js';
import { normaliseCounterparty } from '../../detectors/normalise.js';
import { drawCounterparty, respell } from '../counterparty.js';
import { Random } from '../random.js';
import { RecordIdMaker } from '../record-ids.js';
import { dateOfBirthTypo, digitTypo, nameTypo } from '../recorded-identity.js';
import { oneEditApart } from './noise-measure.js';

const random = new Random(1, 99);

describe('building blocks', () => {
  it('respells a counterparty only in ways the contract’s normalisation folds', () => {
    for (let index = 0; index < 500; index++) {
      const counterparty = drawCounterparty(random, random.pick(['business_interest', 'association', 'membership'] as const));
      expect(normaliseCounterparty(respell(random, counterparty)), counterparty).toBe(normaliseCounterparty(counterparty));
    }
  });

  it('mistypes a number by exactly one digit or one adjacent swap', () => {
    for (let index = 0; index < 500; index++) {
      const typed = digitTypo('204718', random);
      const differences = [...typed].filter((digit, position) => digit !== '204718'[position]).length;
      expect(typed).not.toBe('204718');
      expect(differences === 1 || (differences === 2 && oneEditApart(typed, '204718'))).toBe(true);
    }
  });

  it('mistypes names by one edit and dates of birth into valid dates', () => {
    for (const name of ['Okafor', 'Wiśniewski', "O'Brien", 'Li']) expect(oneEditApart(nameTypo(name, random), name) || name.length < 3).toBe(true);
    for (const date of ['1986-04-12', '1979-12-31', '1990-02-30'.replace('30', '28'), '2001-11-30']) {
      const typo = dateOfBirthTypo(date, random);
      expect(typo).not.toBe(date);
      expect(CalendarDate.safeParse(typo).success, typo).toBe(true);
    }
  });

  it('makes distinct opaque record ids for distinct people and sequences', () => {
    const ids = new RecordIdMaker(1, 3, 'ABS');
    const seen = new Set<string>();
    for (let person = 0; person < 300; person++) for (let sequence = 0; sequence < 40; sequence++) seen.add(ids.id(person * 97, sequence));
    expect(seen.size).toBe(12_000);
    expect(ids.id(5, 1)).toMatch(/^ABS-[0-9A-Z]{8}$/);
  });
});
