/**
 * Planted allegations for `repeated-allegations`, `repeated-category` and
 * `allegation-after-sanction`. Each scenario sits on one edge of its rule (the threshold, the first
 * or last day of the window, distinct cases, "a different case") and avoids every other allegation
 * rule: categories differ unless the scenario is about a category, and outcomes are not findings
 * unless it is about a finding.
 */
import { professionalStandards } from '../../contract/index.js';
import type { Candidate, PlantingContext } from './context.js';
import { complainable, distinctCategories, distinctDays, party, plantCase, variant, type Planter } from './planter.js';
import type { StandardsCategory } from './types.js';

function onePerson(context: PlantingContext): Candidate | null {
  return context.take(1, complainable)?.[0] ?? null;
}

/** One person with a solo case on each of `days`, all in different categories. */
function casesOn(context: PlantingContext, days: number[]) {
  const person = onePerson(context);
  if (!person) return null;
  const categories = distinctCategories(context.random, days.length);
  days.forEach((day, index) => plantCase(context, day, [person], [categories[index]]));
  return person;
}

function repeatedCases(name: string, count: number, firstDayOffset: number | null, distinct: number) {
  return variant(name, (context) => {
    const { asOf, random } = context;
    const days = distinctDays(random, count, asOf - 330, asOf - 5);
    if (firstDayOffset !== null) days[0] = asOf - firstDayOffset;
    const person = casesOn(context, days);
    if (!person) return null;
    const where = firstDayOffset === 364 ? ', the first on the window’s first day' : firstDayOffset === 365 ? ', the first one day before the window' : '';
    return {
      people: [person],
      description: `${count} allegations in ${count} distinct cases${where}; ${distinct} fall in the 365-day window (threshold 3).`,
      measurements: { count: distinct, threshold: 3, windowDays: 365 },
    };
  });
}

export const repeatedAllegationsPlanter: Planter = {
  detectorId: 'repeated-allegations',
  patterns: [repeatedCases('three-cases', 3, null, 3), repeatedCases('first-day-of-window', 3, 364, 3), repeatedCases('five-cases-high-severity', 5, null, 5)],
  nearMisses: [
    repeatedCases('two-cases', 2, null, 2),
    repeatedCases('day-before-window', 3, 365, 2),
    variant('two-allegations-in-one-case', (context) => {
      const person = onePerson(context);
      if (!person) return null;
      const [first, second, third] = distinctCategories(context.random, 3);
      const [caseDay, otherDay] = distinctDays(context.random, 2, context.asOf - 300, context.asOf - 20);
      context.addCase({ origin: 'public', day: caseDay, parties: [party(context, person, first, caseDay), party(context, person, second, caseDay)] });
      plantCase(context, otherDay, [person], [third]);
      return {
        people: [person],
        description: '3 allegations in the 365-day window but two share one case: 2 distinct cases (threshold 3).',
        measurements: { count: 2, threshold: 3, windowDays: 365 },
      };
    }),
  ],
};

function sameCategory(name: string, firstOffset: number, sameCase: boolean, distinct: number) {
  return variant(name, (context) => {
    const person = onePerson(context);
    if (!person) return null;
    const { asOf, random } = context;
    const category: StandardsCategory = random.pick(professionalStandards);
    const laterDay = random.int(asOf - 200, asOf - 10);
    if (sameCase) {
      context.addCase({ origin: 'internal', day: laterDay, parties: [party(context, person, category, laterDay), party(context, person, category, laterDay)] });
    } else {
      plantCase(context, asOf - firstOffset, [person], [category]);
      plantCase(context, laterDay, [person], [category]);
    }
    const categoryIndex = professionalStandards.indexOf(category);
    const shape = sameCase ? 'two allegations in one case' : `two cases, the first ${firstOffset} days before the as-of date`;
    return {
      people: [person],
      description: `Same category (${category}) in ${shape}: ${distinct} distinct case(s) in the 730-day window (threshold 2).`,
      measurements: { count: distinct, threshold: 2, windowDays: 730, categoryIndex },
    };
  });
}

export const repeatedCategoryPlanter: Planter = {
  detectorId: 'repeated-category',
  patterns: [sameCategory('two-cases-same-category', 600, false, 2), sameCategory('first-day-of-window', 729, false, 2)],
  nearMisses: [
    sameCategory('two-allegations-in-one-case', 0, true, 1),
    sameCategory('day-before-window', 730, false, 1),
    variant('different-categories', (context) => {
      const person = casesOn(context, [context.asOf - 500, context.asOf - 90]);
      return (
        person && {
          people: [person],
          description: 'Two cases in the 730-day window in different categories (threshold 2 per category).',
          measurements: { count: 1, threshold: 2, windowDays: 730 },
        }
      );
    }),
  ],
};

/**
 * A finding decided on day F, then a further allegation `gap` days later (in the same case when
 * `sameCase`). The window is (F, F + 365]: a gap of 0 or 366 misses it.
 */
function afterSanction(
  name: string,
  findingOffset: number,
  gap: number,
  details: { sameCase?: boolean; outcome?: 'misconduct' | 'gross_misconduct' | 'management_action' } = {},
) {
  return variant(name, (context) => {
    const person = onePerson(context);
    if (!person) return null;
    const { asOf, random } = context;
    const outcome = details.outcome ?? 'misconduct';
    const findingDay = asOf - findingOffset;
    const caseDay = findingDay - random.int(90, 200);
    const laterDay = findingDay + gap;
    const [first, second] = distinctCategories(random, 2);
    const finding = { personIndex: person.index, category: first, outcome, outcomeDay: findingDay };
    if (details.sameCase) {
      context.addCase({ origin: 'internal', day: caseDay, parties: [finding, { ...party(context, person, second, laterDay), day: laterDay }] });
    } else {
      context.addCase({ origin: 'internal', day: caseDay, parties: [finding] });
      plantCase(context, laterDay, [person], [second]);
    }
    const flagged = outcome !== 'management_action' && !details.sameCase && gap > 0 && gap <= 365;
    return {
      people: [person],
      description:
        `A ${outcome.replace('_', ' ')} outcome decided ${findingOffset} days before the as-of date, then an allegation ` +
        `${gap} day(s) later in ${details.sameCase ? 'the same' : 'a different'} case (window 365 days after the finding).`,
      measurements: { windowDays: 365, laterAllegations: flagged ? 1 : 0 },
    };
  });
}

export const allegationAfterSanctionPlanter: Planter = {
  detectorId: 'allegation-after-sanction',
  patterns: [
    afterSanction('allegation-after-misconduct', 200, 60),
    afterSanction('last-day-of-window', 400, 365),
    afterSanction('allegation-after-gross-misconduct', 150, 100, { outcome: 'gross_misconduct' }),
  ],
  nearMisses: [
    afterSanction('same-day-as-finding', 200, 0),
    afterSanction('day-after-window', 400, 366),
    afterSanction('same-case', 200, 45, { sameCase: true }),
    afterSanction('management-action-is-not-a-finding', 200, 60, { outcome: 'management_action' }),
  ],
};
