/**
 * Identifiers each system issues: staff, warrant (collar), payroll and National Insurance numbers,
 * usernames and email addresses. Each is unique across the force, as the issuing system guarantees,
 * and drawn sparsely from its space so that a mistyped digit usually, but not always, lands on
 * nobody: a typo that hits a colleague's warrant number is a real hazard a matcher must survive.
 */
import { Random } from './random.js';

/** First letters HMRC never issues (D, F, I, Q, U, V): these NI numbers cannot be anybody's. */
const niFirstLetters = 'DFIQUV';
const niSecondLetters = 'ABCEGHJKLMNPRSTWXYZ';

/** Folds a name to plain lower-case letters, the way account names are made from it. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export class IdentifierIssuer {
  private readonly taken = new Set<string>();
  private readonly random: Random;

  constructor(seed: number) {
    this.random = new Random(seed, 4);
  }

  private unique(make: () => string): string {
    for (;;) {
      const value = make();
      if (!this.taken.has(value)) {
        this.taken.add(value);
        return value;
      }
    }
  }

  staffNumber(): string {
    return this.unique(() => `S${this.random.int(1_000_000, 9_999_999)}`);
  }

  /** Six digits, as collar numbers are; officers and specials only. */
  warrantNumber(): string {
    return this.unique(() => String(this.random.int(100_000, 999_999)));
  }

  payrollNumber(): string {
    return this.unique(() => `4${String(this.random.int(0, 9_999_999)).padStart(7, '0')}`);
  }

  niNumber(): string {
    return this.unique(
      () =>
        `${niFirstLetters[this.random.int(0, niFirstLetters.length - 1)]}${niSecondLetters[this.random.int(0, niSecondLetters.length - 1)]}` +
        `${String(this.random.int(0, 999_999)).padStart(6, '0')}${'ABCD'[this.random.int(0, 3)]}`,
    );
  }

  /** Family name (up to seven letters) and initial, numbered when taken: smithj, smithj2, … */
  username(givenName: string, familyName: string): string {
    const stem = (foldName(familyName).slice(0, 7) || 'user') + (foldName(givenName)[0] ?? 'x');
    let counter = 1;
    return this.unique(() => (counter++ === 1 ? stem : `${stem}${counter - 1}`));
  }

  email(givenName: string, familyName: string): string {
    const stem = `${foldName(givenName) || 'staff'}.${foldName(familyName) || 'member'}`;
    let counter = 1;
    return this.unique(() => `${counter++ === 1 ? stem : `${stem}${counter - 1}`}@force.example`);
  }
}
