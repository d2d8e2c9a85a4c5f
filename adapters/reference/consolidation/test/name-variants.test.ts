import { describe, expect, it } from 'vitest';
import { Level, compareFamilyNames, compareGivenNames, compareNames } from '../field-comparators.js';
import { normaliseDate, normaliseIdentifier, normaliseName, normaliseUsername } from '../normalise.js';

const name = (value: string) => normaliseName(value)!;

describe('normalisation per kind of identifier', () => {
  it.each([
    ['004967', '4967'],
    ['S0012', 'S12'],
    ['ab 12 34 56 c', 'AB123456C'],
    ['0', '0'],
  ])('reads %s as %s', (raw, expected) => expect(normaliseIdentifier(raw)).toBe(expected));

  it('strips the directory from a login, in either form', () => {
    expect(normaliseUsername('FORCE\\OkaforR')).toBe('okaforr');
    expect(normaliseUsername('okaforr@force.local')).toBe('okaforr');
    expect(normaliseUsername('FORCE\\')).toBeNull();
  });

  it('reads placeholder dates of birth as absent', () => {
    expect(normaliseDate('1900-01-01')).toBeNull();
    expect(normaliseDate('1970-01-01')).toBeNull();
    expect(normaliseDate('1970-01-02')).toBe('19700102');
  });

  it('folds letters Unicode does not decompose', () => {
    expect(name('Paweł').joined).toBe('pawel');
    expect(name('Søren Ærø').words).toEqual(['soren', 'aero']);
  });
});

describe('name variants beyond English nicknames', () => {
  it.each([
    ['Mohammed', 'Muhammad'],
    ['Paweł', 'Paul'],
    ['Katarzyna', 'Katherine'],
    ['Yusuf', 'Yousef'],
  ])('%s and %s are one given name', (left, right) => expect(compareGivenNames(name(left), name(right))).toBe(Level.nickname));

  it('does not equate names that are merely related', () => {
    expect(compareGivenNames(name('Mohammed'), name('Ahmed'))).not.toBe(Level.nickname);
    expect(compareGivenNames(name('Paul'), name('Peter'))).toBe(Level.different);
  });

  it('treats a transliterated family name as close', () => {
    expect(compareFamilyNames(name('Hussain'), name('Hussein'))).toBe(Level.close);
    expect(compareFamilyNames(name('Chowdhury'), name('Choudhury'))).toBe(Level.close);
  });

  it('treats Singh or Kaur against a clan name as a weak likeness, not a difference', () => {
    expect(compareFamilyNames(name('Singh'), name('Sandhu'))).toBe(Level.similar);
    expect(compareFamilyNames(name('Singh Sandhu'), name('Sandhu'))).toBe(Level.close);
    expect(compareFamilyNames(name('Kaur'), name('Kaur'))).toBe(Level.exact);
  });
});

describe('initials are weak evidence', () => {
  it('never grades an initial exact, even against the same initial', () => {
    expect(compareGivenNames(name('J'), name('J'))).toBe(Level.similar);
    expect(compareGivenNames(name('J'), name('John'))).toBe(Level.similar);
    expect(compareGivenNames(name('J'), name('Mary'))).toBe(Level.different);
  });

  it('gives no transposed credit to names crossed around an initial', () => {
    expect(compareNames(name('J'), name('Smith'), name('Smith'), name('J'))).toEqual([Level.different, Level.different]);
  });

  it('still finds names written family name first', () => {
    expect(compareNames(name('Wei'), name('Zhang'), name('Zhang'), name('Wei'))).toEqual([Level.transposed, Level.transposed]);
  });
});
