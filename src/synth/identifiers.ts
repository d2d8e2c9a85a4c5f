/**
 * Identifiers each system issues: staff, warrant (collar), payroll and National Insurance numbers,
 * usernames and email addresses. Each is unique across the force, as the issuing system guarantees,
 * and drawn sparsely from its space so that a mistyped digit usually, but not always, lands on
 * nobody: a typo that hits a colleague's warrant number is a real hazard a matcher must survive.
 */
import type { IdentifierScheme } from './profiles.js';
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

/**
 * How a `dense` scheme lays numbers out for a force of `people`: staff numbers in the first block,
 * collar numbers in the next, both six digits with leading zeros (a force numbers its people from 1
 * up, and most forces are small enough that every number starts with a zero). About five in six
 * numbers of each block are in use, so one mistyped digit usually lands on a colleague.
 */
function denseBlocks(people: number) {
  const staff = Math.ceil(people * 1.2) + 100;
  const warrant = Math.ceil(people * 0.85) + 100;
  const payroll = Math.ceil(people * 1.2) + 100;
  return { staff: [1, staff], warrant: [staff + 1, staff + warrant], payroll: [1, payroll] } as const;
}

export class IdentifierIssuer {
  private readonly taken = new Set<string>();
  private readonly random: Random;
  private readonly blocks?: ReturnType<typeof denseBlocks>;

  /** `scheme` `sparse` is the original layout (clean); `dense` needs the force's size. */
  constructor(seed: number, scheme: IdentifierScheme = 'sparse', people = 0) {
    this.random = new Random(seed, 4);
    if (scheme === 'dense') this.blocks = denseBlocks(people);
  }

  private dense(range: readonly [number, number], width: number): string {
    return this.unique(() => String(this.random.int(range[0], range[1])).padStart(width, '0'));
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
    if (this.blocks) return this.dense(this.blocks.staff, 6);
    return this.unique(() => `S${this.random.int(1_000_000, 9_999_999)}`);
  }

  /** Six digits, as collar numbers are; officers and specials only. */
  warrantNumber(): string {
    if (this.blocks) return this.dense(this.blocks.warrant, 6);
    return this.unique(() => String(this.random.int(100_000, 999_999)));
  }

  payrollNumber(): string {
    if (this.blocks) return this.dense(this.blocks.payroll, 8);
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
