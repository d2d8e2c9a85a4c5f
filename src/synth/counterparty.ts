/**
 * Counterparties of declared interests and intelligence reports: businesses, people and
 * organisations, written the way different people write the same name. The spellings a declaration
 * and a report may differ by are exactly the ones the contract's normalisation folds (case, `&` and
 * "and", punctuation, spacing, a trailing legal suffix), so a declared interest is recognisable and
 * an undeclared one is not a spelling accident (the normalisation is src/detectors/normalise.ts).
 */
import { drawFamilyName, drawGivenName } from './name-model.js';
import type { Random } from './random.js';

export type CounterpartyKind = 'business_interest' | 'association' | 'membership';

const trades = [
  'Lettings',
  'Property Services',
  'Building Services',
  'Security Solutions',
  'Consulting',
  'Motors',
  'Fitness',
  'Catering',
  'Logistics',
  'Plumbing and Heating',
  'Recruitment',
  'Cleaning Services',
];
const clubs = [
  'Golf Club',
  'Boxing Club',
  'Rugby Football Club',
  'Social Club',
  'Angling Society',
  'Rotary Club',
  'Masonic Lodge',
  'Cycling Club',
  'Darts League',
  'Martial Arts Academy',
];
const places = ['Riverside', 'Northfield', 'Eastbrook', 'Kingsmead', 'Harbour', 'Oakwood', 'Westgate', 'Hillcrest', 'Elmstead', 'Ashford Vale'];
const suffixes = ['Ltd', 'Limited', 'LLP', 'PLC'];

/** A fresh counterparty name of the kind given. */
export function drawCounterparty(random: Random, kind: CounterpartyKind): string {
  if (kind === 'business_interest') {
    const family = drawFamilyName(random, 'british');
    const partner = random.chance(0.3) ? ` & ${drawFamilyName(random, 'british')}` : '';
    return `${family}${partner} ${random.pick(trades)} ${random.pick(suffixes)}`;
  }
  if (kind === 'association') return `${drawGivenName(random, random.chance(0.5) ? 'female' : 'male', 'british')} ${drawFamilyName(random, 'british')}`;
  const lodge = random.chance(0.3) ? ` No. ${random.int(100, 9999)}` : '';
  return `${random.pick(places)} ${random.pick(clubs)}${lodge}`;
}

/** The same counterparty as somebody else might write it: equal once normalised. */
export function respell(random: Random, counterparty: string): string {
  let text = counterparty;
  const suffix = suffixes.find((candidate) => text.endsWith(` ${candidate}`));
  if (suffix && random.chance(0.6)) {
    const others = ['Ltd', 'Limited', 'Ltd.', ''].filter((other) => other !== suffix);
    const replacement = random.pick(others);
    text = text.slice(0, -suffix.length - 1) + (replacement ? ` ${replacement}` : '');
  }
  if (text.includes(' & ') && random.chance(0.7)) text = text.replace(' & ', ' and ');
  else if (text.includes(' and ') && random.chance(0.5)) text = text.replace(' and ', ' & ');
  switch (random.int(0, 3)) {
    case 0:
      return text.toUpperCase();
    case 1:
      return text.replace(' ', '  ');
    case 2:
      return text.replace(/ No\. /, ' No ');
    default:
      return text;
  }
}
