import { describe, expect, it } from 'vitest';
import { comparisonLevels } from '../../../../src/contract/index.js';
import {
  compareDates,
  compareFamilyNames,
  compareGivenNames,
  compareIdentifiers,
  compareLogins,
  compareNames,
  comparePostcodes,
  type LevelCode,
} from '../field-comparators.js';
import { jaro, jaroWinkler } from '../jaro-winkler.js';
import { areNicknames, formalNamesOf } from '../nicknames.js';
import { normaliseDate, normaliseIdentifier, normaliseName, normalisePostcode, outwardCode } from '../normalise.js';
import { soundex } from '../phonetic.js';

const level = (code: LevelCode) => comparisonLevels[code];
const name = (value: string) => normaliseName(value)!;

describe('Jaro-Winkler', () => {
  it('matches the published values (Winkler 1990)', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
    expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.9444, 4);
  });

  it('is 1 for equal strings, 0 for nothing in common or an empty one, and symmetric', () => {
    expect(jaroWinkler('okafor', 'okafor')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('abc', '')).toBe(0);
    expect(jaroWinkler('johnson', 'jonson')).toBe(jaroWinkler('jonson', 'johnson'));
  });

  it('rewards a shared prefix over the same letters elsewhere', () => {
    expect(jaroWinkler('jonathan', 'jonathon')).toBeGreaterThan(jaro('jonathan', 'jonathon'));
  });
});

describe('nicknames', () => {
  it.each([
    ['robert', 'bob'],
    ['robert', 'rob'],
    ['robert', 'bobby'],
    ['katherine', 'kate'],
    ['katherine', 'katie'],
    ['catherine', 'cathy'],
    ['william', 'bill'],
    ['william', 'will'],
    ['elizabeth', 'liz'],
    ['elizabeth', 'beth'],
    ['margaret', 'maggie'],
    ['margaret', 'peggy'],
    ['bob', 'rob'],
  ])('knows %s and %s', (left, right) => {
    expect(areNicknames(left, right)).toBe(true);
    expect(areNicknames(right, left)).toBe(true);
  });

  it('does not make two formal names equivalent through a shared short form', () => {
    expect(areNicknames('bert', 'albert')).toBe(true);
    expect(areNicknames('bert', 'robert')).toBe(true);
    expect(areNicknames('albert', 'robert')).toBe(false);
    expect(areNicknames('robert', 'robert')).toBe(false);
    expect(areNicknames('zebedee', 'bob')).toBe(false);
  });

  it('gives the formal names a short form stands for, for blocking', () => {
    expect(formalNamesOf('bob')).toEqual(['robert']);
    expect(formalNamesOf('chris')).toEqual(expect.arrayContaining(['christopher', 'christine', 'christina']));
    expect(formalNamesOf('zebedee')).toEqual(['zebedee']);
  });
});

describe('normalisation', () => {
  it('folds case, accents, apostrophes, hyphens and titles', () => {
    expect(name("O'Brien").joined).toBe('obrien');
    expect(name('Zoë').joined).toBe('zoe');
    expect(name('Smith-Jones')).toEqual({ words: ['smith', 'jones'], joined: 'smithjones' });
    expect(name('Dr  Amara  OKAFOR').words).toEqual(['amara', 'okafor']);
    expect(normaliseName(' - ')).toBeNull();
  });

  it('normalises identifiers, postcodes and dates', () => {
    expect(normaliseIdentifier('ab 12-34 56 c')).toBe('AB123456C');
    expect(normalisePostcode('sw1a 1aa')).toBe('SW1A1AA');
    expect(outwardCode('SW1A1AA')).toBe('SW1A');
    expect(outwardCode('E14AB')).toBe('E1');
    expect(normaliseDate('1986-04-12')).toBe('19860412');
    expect(normaliseDate('12/04/1986')).toBeNull();
  });

  it('codes family names by sound (Soundex)', () => {
    expect(soundex('smith')).toBe(soundex('smyth'));
    expect(soundex('robert')).toBe('R163');
    expect(soundex('ashcraft')).toBe('A261');
    expect(soundex('tymczak')).toBe('T522');
    expect(soundex('okafor')).not.toBe(soundex('smith'));
  });
});

describe('name comparison', () => {
  it('grades given names', () => {
    expect(level(compareGivenNames(name('Robert'), name('ROBERT')))).toBe('exact');
    expect(level(compareGivenNames(name('Robert'), name('Bob')))).toBe('nickname');
    expect(level(compareGivenNames(name('Katherine'), name('Kate')))).toBe('nickname');
    expect(level(compareGivenNames(name('Jonathon'), name('Jonathan')))).toBe('close');
    expect(level(compareGivenNames(name('Mary Anne'), name('Mary')))).toBe('close');
    expect(level(compareGivenNames(name('J'), name('James')))).toBe('similar');
    expect(level(compareGivenNames(name('Robert'), name('Priya')))).toBe('different');
  });

  it('grades family names, double-barrelled ones included', () => {
    expect(level(compareFamilyNames(name('Smith-Jones'), name('Smith Jones')))).toBe('exact');
    expect(level(compareFamilyNames(name('Smith-Jones'), name('Jones')))).toBe('close');
    expect(level(compareFamilyNames(name('Okafor'), name('Okafro')))).toBe('close');
    expect(level(compareFamilyNames(name('Okafor'), name('Nowak')))).toBe('different');
  });

  it('recognises given and family names entered the wrong way round', () => {
    const [given, family] = compareNames(name('Okafor'), name('Robert'), name('Robert'), name('Okafor'));
    expect([level(given), level(family)]).toEqual(['transposed', 'transposed']);
    const [straightGiven, straightFamily] = compareNames(name('Robert'), name('Okafor'), name('Robert'), name('Nowak'));
    expect([level(straightGiven), level(straightFamily)]).toEqual(['exact', 'different']);
    expect(compareNames(name('Robert'), null, name('Robert'), name('Okafor'))).toEqual([compareGivenNames(name('Robert'), name('Robert')), 6]);
    // Swapped with a nickname or a slip, as hand-written intelligence reports have them.
    expect(compareNames(name('Taylor'), name('RON'), name('Ronald'), name('Taylor')).map(level)).toEqual(['transposed', 'transposed']);
    expect(compareNames(name('Pelford'), name('FRANCESVA'), name('Francesca'), name('Pelford')).map(level)).toEqual(['transposed', 'transposed']);
    // But not two different people who merely share a name.
    expect(compareNames(name('Taylor'), name('Priya'), name('Ronald'), name('Taylor')).map(level)).not.toContain('transposed');
  });
});

describe('dates, numbers, postcodes and logins', () => {
  const comparators = { date: compareDates, number: compareIdentifiers, postcode: comparePostcodes, login: compareLogins };
  it.each([
    ['date', '19860412', '19860412', 'exact'],
    ['date', '19860412', '19861204', 'transposed'], // day and month swapped
    ['date', '19860412', '19860421', 'transposed'], // two neighbouring digits swapped
    ['date', '19860412', '19860413', 'close'],
    ['date', '19860412', '19870412', 'close'],
    ['date', '19860412', '19750903', 'different'],
    ['number', '123456', '123456', 'exact'],
    ['number', '123456', '124356', 'transposed'],
    ['number', '123456', '123457', 'close'],
    ['number', '123456', '12356', 'close'],
    ['number', '123456', '1234567', 'close'],
    ['number', '123456', '654321', 'different'],
    ['number', '123456', '125436', 'different'], // two digits apart swapped: not a slip
    ['postcode', 'SW1A1AA', 'SW1A1AA', 'exact'],
    ['postcode', 'SW1A1AA', 'SW1A2BB', 'close'],
    ['postcode', 'SW1A1AA', 'SE11AB', 'different'],
    ['login', 'rokafor', 'rokafor', 'exact'],
    ['login', 'rokafor', 'rokafor2', 'different'],
  ] as const)('grades the %s %s against %s as %s', (kind, left, right, expected) => {
    expect(level(comparators[kind](left, right))).toBe(expected);
  });
});

describe('name slips', () => {
  it('counts one letter wrong, missing, extra or swapped as close, but not a different first letter', () => {
    expect(level(compareFamilyNames(name('Barland'), name('Baarland')))).toBe('close');
    expect(level(compareFamilyNames(name('Andrews'), name('Andresw')))).toBe('close');
    expect(level(compareGivenNames(name('Jonathan'), name('Jnathan')))).toBe('close');
    expect(level(compareFamilyNames(name('Cox'), name('Fox')))).not.toBe('close');
  });
});
