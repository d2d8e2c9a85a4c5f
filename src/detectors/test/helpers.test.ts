/** The shared helpers: calendar arithmetic, windows, normalisation, identity facts, current employment. */
import { describe, expect, it } from 'vitest';
import { accessWithoutPurpose } from '../access-without-purpose.js';
import { addDays, daysBetween, utcDateOf } from '../dates.js';
import { currentEmployment } from '../employment.js';
import { sortedEvidence } from '../evidence.js';
import { identityFactsOf } from '../identity-facts.js';
import { normaliseCounterparty, normaliseFamilyName, normalisePostcode } from '../normalise.js';
import { inWindow, trailingWindow } from '../windows.js';
import { access, employment, evaluate, subject } from './fixtures.js';

describe('dates and windows', () => {
  it('adds and counts days across leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2024-03-31', '2026-03-31')).toBe(730);
    expect(daysBetween('2026-03-31', '2026-02-28')).toBe(-31);
  });

  it('makes N-day trailing windows with both ends inclusive', () => {
    expect(trailingWindow('2026-03-31', 365)).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(trailingWindow('2026-03-31', 1)).toEqual({ start: '2026-03-31', end: '2026-03-31' });
    const window = trailingWindow('2026-03-31', 30);
    expect(['2026-03-01', '2026-03-02', '2026-03-31', '2026-04-01'].map((date) => inWindow(date, window))).toEqual([false, true, true, false]);
  });

  it('takes the UTC calendar date of a timestamp, whatever its offset', () => {
    expect(utcDateOf('2026-03-31T23:59:59Z')).toBe('2026-03-31');
    expect(utcDateOf('2026-03-31T23:30:00.250+00:00')).toBe('2026-03-31');
    expect(utcDateOf('2026-03-31T23:30:00-01:00')).toBe('2026-04-01');
    expect(utcDateOf('2026-04-01T00:30:00+01:00')).toBe('2026-03-31');
  });

  it('applies the UTC date in a rule: an access at 00:30 British Summer Time on 1 April counts on 31 March', () => {
    const late = (occurredAt: string) => ({ ...access('late', '2026-03-31'), record: { ...access('late', '2026-03-31').record, occurredAt } });
    const four = ['a1', 'a2', 'a3', 'a4'].map((id) => access(id, '2026-03-20'));
    expect(evaluate(accessWithoutPurpose, '2026-03-31', [subject('s1', [...four, late('2026-04-01T00:30:00+01:00')])])).toHaveLength(1);
    expect(evaluate(accessWithoutPurpose, '2026-03-31', [subject('s1', [...four, late('2026-03-31T23:30:00-01:00')])])).toEqual([]);
  });
});

describe('normalisation', () => {
  it('folds family names to letters a–z', () => {
    expect(normaliseFamilyName('O’Brien')).toBe('obrien');
    expect(normaliseFamilyName('Núñez-García')).toBe('nunezgarcia');
    expect(normaliseFamilyName(' de la Cruz ')).toBe('delacruz');
  });

  it('upper-cases postcodes without white space', () => {
    expect(normalisePostcode(' sw2  1ab ')).toBe('SW21AB');
  });

  it('folds counterparties: case, &, punctuation, spacing and one trailing legal suffix', () => {
    expect(normaliseCounterparty('Okafor & Sons Lettings Limited')).toBe('okafor and sons lettings');
    expect(normaliseCounterparty('OKAFOR AND SONS  LETTINGS LTD.')).toBe('okafor and sons lettings');
    expect(normaliseCounterparty('Riverside Golf Club No. 12')).toBe('riverside golf club no 12');
    expect(normaliseCounterparty('Smith Co Ltd')).toBe('smith co');
    expect(normaliseCounterparty('Co')).toBe('co');
  });
});

describe('identity facts, evidence and current employment', () => {
  it('collects the distinct recorded values of each field, sorted', () => {
    const facts = identityFactsOf([
      { staffNumber: 'S2', familyName: 'Okafor', postcode: 'SE11 4AA' },
      { staffNumber: 'S1', warrantNumber: '4471', familyName: 'Okafor', username: 'rokafor' },
      { familyName: 'Okafor-Jones', postcode: 'SW2 1AB', givenName: 'Rob' },
    ]);
    expect(facts).toEqual({
      familyNames: ['Okafor', 'Okafor-Jones'],
      postcodes: ['SE11 4AA', 'SW2 1AB'],
      staffNumbers: ['S1', 'S2'],
      warrantNumbers: ['4471'],
      usernames: ['rokafor'],
    });
  });

  it('sorts evidence by source id then record id, each once', () => {
    const refs = [
      { sourceId: 'hr', recordId: 'b' },
      { sourceId: 'complaints', recordId: 'z' },
      { sourceId: 'hr', recordId: 'a' },
      { sourceId: 'hr', recordId: 'b' },
    ];
    expect(sortedEvidence(refs)).toEqual([refs[1], refs[2], refs[0]]);
  });

  it('finds the current employment: latest instant on or before the as-of date, ties to the greatest record id', () => {
    const at = (recordId: string, occurredAt: string) => ({
      ...employment(recordId, '2020-01-01'),
      record: { ...employment(recordId, '2020-01-01').record, occurredAt },
    });
    const current = (records: ReturnType<typeof at>[]) => currentEmployment(subject('s1', records), '2026-03-31')?.ref.recordId;
    expect(current([at('e1', '2025-01-01T09:00:00Z'), at('e2', '2025-01-01T08:00:00Z')])).toBe('e1');
    expect(current([at('e2', '2025-01-01T09:00:00+01:00'), at('e1', '2025-01-01T08:30:00Z')])).toBe('e1');
    expect(current([at('e1', '2025-01-01T09:00:00Z'), at('e2', '2025-01-01T09:00:00Z')])).toBe('e2');
    expect(current([at('e1', '2025-01-01T09:00:00Z'), at('e2', '2026-04-01T00:00:00Z')])).toBe('e1');
    expect(current([at('e1', '2026-04-01T09:00:00Z')])).toBeUndefined();
  });
});
