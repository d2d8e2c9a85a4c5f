/**
 * The fairness audit: whether flags fall unevenly on groups defined by protected characteristics.
 * An auditor sends equality monitoring data with the request (who is in which group, keyed by
 * record or subject); the gateway reads the flags through the adapter, combines the two in memory,
 * and answers with aggregates only: per group, the flag rate and its disparity against a reference
 * group, with confidence intervals, small groups suppressed. Nothing sent is stored or logged, and
 * nothing reaches the adapter. Measures follow Aequitas (Saleiro et al. 2018): rate per group,
 * disparity ratio against a reference group, and a fairness band (0.8 to 1.25 by default).
 */
import { z } from 'zod';
import { CalendarDate, OpaqueId, RecordRef, Timestamp } from './primitives.js';
import { ReviewOutcome } from './flags.js';

/** Limits of one audit request: a whole force with room to spare, and records per person. */
export const MAX_EQUALITY_PEOPLE = 200_000;
export const MAX_EQUALITY_ATTRIBUTES = 12;

export const EqualityAttributeName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'an attribute name is a letter then up to 39 letters, digits or underscores');

export const EqualityPerson = z
  .object({
    records: z
      .array(RecordRef)
      .max(100)
      .optional()
      .describe('Records about the person (an HR record, say): the person is whoever the adapter consolidated them into.'),
    subjectIds: z.array(OpaqueId).max(20).optional().describe('Or the person’s current subject ids, when the auditor knows them.'),
    attributes: z
      .record(EqualityAttributeName, z.string().max(100, 'a group name holds at most 100 characters'))
      .refine((attributes) => Object.keys(attributes).length >= 1 && Object.keys(attributes).length <= MAX_EQUALITY_ATTRIBUTES, {
        message: `from 1 to ${MAX_EQUALITY_ATTRIBUTES} attributes`,
      })
      .describe(
        'The person’s group for each characteristic audited, such as `{ "sex": "female", "ethnicity": "Asian or Asian British", "ageBand": "35-44" }`; an empty string is “not recorded”, a group of its own.',
      ),
  })
  .refine((person) => (person.records?.length ?? 0) + (person.subjectIds?.length ?? 0) > 0, {
    message: 'a person needs at least one record or subject id',
    path: ['records'],
  })
  .meta({
    id: 'EqualityPerson',
    description: 'One person’s equality monitoring data, as the auditor holds it. Used for the audit in memory and never stored.',
    examples: [{ records: [{ sourceId: 'hr-core', recordId: 'HR-3F8K2M1A' }], attributes: { sex: 'female', ethnicity: 'White', ageBand: '35-44' } }],
  });
export type EqualityPerson = z.output<typeof EqualityPerson>;

export const FairnessOptions = z
  .object({
    band: z
      .object({
        lower: z.number().gt(0).lt(1).default(0.8).describe('Lowest disparity ratio within the band.'),
        upper: z.number().gt(1).max(100).default(1.25).describe('Highest disparity ratio within the band.'),
      })
      .default({ lower: 0.8, upper: 1.25 })
      .describe('The fairness band: a disparity ratio inside it is treated as parity (Aequitas’s τ = 0.8 gives 0.8 to 1.25).'),
    minimumGroupSize: z
      .number()
      .int()
      .min(5, 'small-cell suppression cannot go below 5')
      .max(10_000)
      .default(20)
      .describe('A group, or any rate’s denominator, smaller than this is suppressed: not shown, not compared.'),
    confidenceLevel: z.number().min(0.8).max(0.999).default(0.95).describe('Confidence level of every interval.'),
    referenceGroups: z
      .record(EqualityAttributeName, z.string().max(100))
      .optional()
      .describe('The group each attribute is compared against; by default its largest group.'),
    detectors: z.array(z.string().min(1).max(100)).max(100).optional().describe('Only these detectors (default: every detector).'),
    raisedFrom: CalendarDate.optional().describe('Only flags raised on or after this day (UTC).'),
    raisedTo: CalendarDate.optional().describe('Only flags raised on or before this day (UTC).'),
  })
  .meta({
    id: 'FairnessOptions',
    description: 'How the audit measures; every field has a default.',
    examples: [{ band: { lower: 0.8, upper: 1.25 }, minimumGroupSize: 20 }],
  });
export type FairnessOptions = z.output<typeof FairnessOptions>;
export type FairnessOptionsInput = z.input<typeof FairnessOptions>;

export const FairnessAuditRequest = z
  .object({
    people: z
      .array(EqualityPerson)
      .min(1)
      .max(MAX_EQUALITY_PEOPLE)
      .describe(`Up to ${MAX_EQUALITY_PEOPLE.toLocaleString('en-GB')} people.`),
    options: FairnessOptions.optional(),
  })
  .meta({
    id: 'FairnessAuditRequest',
    description: 'Equality monitoring data for the people to audit, and how to measure. Held in memory for the audit only.',
    examples: [{ people: [{ records: [{ sourceId: 'hr-core', recordId: 'HR-3F8K2M1A' }], attributes: { sex: 'female', ethnicity: 'White' } }] }],
  });
export type FairnessAuditRequest = z.output<typeof FairnessAuditRequest>;

const Interval = z.object({ lower: z.number(), upper: z.number() });
const RatioInterval = z.object({
  lower: z.number().min(0),
  upper: z.number().nullable().describe('Null when unbounded: the reference group had no events.'),
});

// One worked example runs through the schemas below: 12 of 400 people in a group flagged against
// 60 of 4,000 in the reference group, a ratio of 2.0 (Katz 95% interval 1.09 to 3.69).
const rateExample = { events: 12, total: 400, rate: 0.03, interval: { lower: 0.0172, upper: 0.0517 } };
const disparityExample = { ratio: 2, interval: { lower: 1.0854, upper: 3.6853 }, corrected: false, pValue: 0.0262, assessment: 'outside-band' as const };
const referenceExample = { events: 60, total: 4000, rate: 0.015, interval: { lower: 0.0117, upper: 0.0193 } };
const groupExample = {
  group: 'Black, Black British, Caribbean or African',
  people: 400,
  suppressed: false,
  flagRate: { rate: rateExample, disparity: disparityExample },
  unfoundedShare: { rate: null, disparity: { ratio: null, interval: null, corrected: false, pValue: null, assessment: 'suppressed' as const } },
};
const referenceGroupExample = {
  group: 'White',
  people: 4000,
  suppressed: false,
  flagRate: { rate: referenceExample, disparity: { ratio: 1, interval: null, corrected: false, pValue: null, assessment: 'reference' as const } },
  unfoundedShare: {
    rate: { events: 20, total: 50, rate: 0.4, interval: { lower: 0.2761, upper: 0.5382 } },
    disparity: { ratio: 1, interval: null, corrected: false, pValue: null, assessment: 'reference' as const },
  },
};
const attributeExample = { attribute: 'ethnicity', referenceGroup: 'White', groups: [referenceGroupExample, groupExample] };
const detectorExample = { detectorId: '*', flaggedPeople: 72, flags: 80, attributes: [attributeExample] };
const findingExample = {
  detectorId: '*',
  attribute: 'ethnicity',
  group: 'Black, Black British, Caribbean or African',
  referenceGroup: 'White',
  measure: 'flagRate' as const,
  ratio: 2,
  interval: disparityExample.interval,
  pValue: disparityExample.pValue,
  assessment: 'outside-band' as const,
};

export const FairnessRate = z
  .object({
    events: z.number().int().min(0).describe('People (or flags) counted.'),
    total: z.number().int().min(0).describe('Out of this many.'),
    rate: z.number().min(0).max(1),
    interval: Interval.describe('Wilson score interval.'),
  })
  .meta({ id: 'FairnessRate', description: 'A rate in one group, with its Wilson score interval.', examples: [rateExample] });
export type FairnessRate = z.output<typeof FairnessRate>;

export const disparityAssessments = ['reference', 'within-band', 'outside-band', 'outside-band-uncertain', 'not-estimable', 'suppressed'] as const;
export type DisparityAssessment = (typeof disparityAssessments)[number];

export const FairnessDisparity = z
  .object({
    ratio: z
      .number()
      .min(0)
      .nullable()
      .describe('The group’s rate over the reference group’s; null when unbounded (the reference had no events, the group some), not estimable or suppressed.'),
    interval: RatioInterval.nullable().describe('Katz log interval of the ratio; from 0 when the group had no events.'),
    corrected: z.boolean().describe('0.5 was added to every cell because one of the two groups had no events.'),
    pValue: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe('Two-sided p-value of the ratio against 1, from the same log-normal approximation; null when there is no ratio.'),
    assessment: z
      .enum(disparityAssessments)
      .describe(
        '`outside-band`: the ratio is outside the band and the difference survives the Benjamini–Hochberg procedure across every comparison of the report (its interval then excludes 1); `outside-band-uncertain`: outside the band, but chance cannot be ruled out; `within-band`; `not-estimable`: no events in either group; `suppressed`: a group or a denominator is below the minimum size; `reference`: the reference group itself.',
      ),
  })
  .meta({
    id: 'FairnessDisparity',
    description: 'A disparity ratio against the reference group, with its interval and what it means against the band.',
    examples: [disparityExample],
  });
export type FairnessDisparity = z.output<typeof FairnessDisparity>;

/** The measures, in the order reports show them. */
export const fairnessMeasures = ['flagRate', 'falsePositiveRate', 'falseNegativeRate', 'unfoundedShare'] as const;
export type FairnessMeasure = (typeof fairnessMeasures)[number];

const MeasureCell = z.object({ rate: FairnessRate.nullable().describe('Null when suppressed.'), disparity: FairnessDisparity });

export const FairnessGroup = z
  .object({
    group: z.string().describe('The group’s name as the equality data gives it; "" is “not recorded”.'),
    people: z.number().int().min(0).describe('People of the group in the equality data.'),
    suppressed: z
      .boolean()
      .describe('The group is below the minimum size (or suppressed so that a smaller one cannot be worked out): none of its measures is shown.'),
    flagRate: MeasureCell.describe('People of the group with at least one flag, over people of the group.'),
    falsePositiveRate: MeasureCell.optional().describe('Known truth only: people flagged that the truth does not flag, over people the truth does not flag.'),
    falseNegativeRate: MeasureCell.optional().describe('Known truth only: people the truth flags that were not flagged, over people the truth flags.'),
    unfoundedShare: MeasureCell.describe('Closed flags concerning the group that were closed with no case to answer, over closed flags concerning the group.'),
  })
  .meta({ id: 'FairnessGroup', description: 'The measures of one group.', examples: [groupExample] });
export type FairnessGroup = z.output<typeof FairnessGroup>;

export const FairnessAttribute = z
  .object({
    attribute: EqualityAttributeName,
    referenceGroup: z.string().nullable().describe('The group compared against; null when every group is suppressed.'),
    groups: z.array(FairnessGroup).describe('Largest group first.'),
  })
  .meta({ id: 'FairnessAttribute', description: 'The groups of one characteristic.', examples: [attributeExample] });
export type FairnessAttribute = z.output<typeof FairnessAttribute>;

export const FairnessDetector = z
  .object({
    detectorId: z.string().describe('A detector, or `*` for any detector (people with at least one flag).'),
    flaggedPeople: z.number().int().min(0).describe('People of the equality data with at least one of its flags.'),
    flags: z.number().int().min(0).describe('Its flags concerning those people.'),
    attributes: z.array(FairnessAttribute),
  })
  .meta({ id: 'FairnessDetector', description: 'The measures of one detector, per characteristic and group.', examples: [detectorExample] });
export type FairnessDetector = z.output<typeof FairnessDetector>;

export const FairnessFinding = z
  .object({
    detectorId: z.string(),
    attribute: z.string(),
    group: z.string(),
    referenceGroup: z.string(),
    measure: z.enum(fairnessMeasures),
    ratio: z.number().nullable().describe('Null when unbounded: the reference group had none.'),
    interval: RatioInterval,
    pValue: z.number().min(0).max(1),
    assessment: z.enum(['outside-band', 'outside-band-uncertain']),
  })
  .meta({ id: 'FairnessFinding', description: 'A disparity outside the band: a prompt for inquiry, not a verdict.', examples: [findingExample] });
export type FairnessFinding = z.output<typeof FairnessFinding>;

export const FairnessReport = z
  .object({
    generatedAt: Timestamp,
    computedBy: z
      .enum(['gateway', 'client'])
      .describe('Who combined the equality data with the flags: the gateway’s audit route, or a client from the contract’s standard reads.'),
    adapter: z
      .object({ id: z.string(), name: z.string(), version: z.string(), vendor: z.string() })
      .nullable()
      .describe('The adapter whose flags were audited.'),
    method: z.object({
      band: z.object({ lower: z.number(), upper: z.number() }),
      minimumGroupSize: z.number().int(),
      confidenceLevel: z.number(),
      rateInterval: z.literal('wilson'),
      ratioInterval: z.literal('katz-log'),
      zeroCellCorrection: z.number().describe('Added to every cell of a ratio when one group has no events.'),
      multipleComparisons: z
        .literal('benjamini-hochberg')
        .describe('How a disparity outside the band is made firm: a discovery among every comparison of the report.'),
      falseDiscoveryRate: z.number().describe('The level of that procedure: 1 − the confidence level.'),
      unfoundedOutcomes: z.array(ReviewOutcome).describe('Outcomes counted as “closed with no case to answer”.'),
      truth: z.boolean().describe('Whether the expected flags were known (a synthetic force), giving false-positive and false-negative rates.'),
      raisedFrom: CalendarDate.nullable(),
      raisedTo: CalendarDate.nullable(),
    }),
    population: z.object({
      people: z.number().int().min(0).describe('People in the equality data.'),
      flaggedPeople: z.number().int().min(0).describe('Of them, people with at least one flag.'),
      flagsRead: z.number().int().min(0).describe('Flags read from the adapter (in the period and detectors chosen).'),
      flagsMatched: z.number().int().min(0).describe('Of them, flags concerning at least one person of the equality data.'),
      sharedSubjects: z
        .number()
        .int()
        .min(0)
        .describe('Flagged subjects holding records of two or more people of the equality data (a flag on one counts for each).'),
      coverage: z
        .object({ checked: z.number().int().min(0), found: z.number().int().min(0) })
        .nullable()
        .describe('A sample of people whose first record was looked up in the adapter: how many it holds. People it does not hold still count as unflagged.'),
    }),
    detectors: z.array(FairnessDetector).describe('`*` (any detector) first, then each detector.'),
    findings: z.array(FairnessFinding).describe('Every disparity outside the band, most extreme first.'),
    notes: z.array(z.string()).describe('What limits the reading of these figures.'),
  })
  .meta({
    id: 'FairnessReport',
    description:
      'Aggregates only: rates and disparity ratios per group with confidence intervals, small groups suppressed. A disparity is a prompt for inquiry, not proof of bias: confounders such as rank, unit and length of service are not controlled for.',
    examples: [
      {
        generatedAt: '2026-04-01T09:00:00Z',
        computedBy: 'gateway',
        adapter: { id: 'reference', name: 'Plumbline reference engine', version: '0.1.0', vendor: 'Plumbline' },
        method: {
          band: { lower: 0.8, upper: 1.25 },
          minimumGroupSize: 20,
          confidenceLevel: 0.95,
          rateInterval: 'wilson',
          ratioInterval: 'katz-log',
          zeroCellCorrection: 0.5,
          multipleComparisons: 'benjamini-hochberg',
          falseDiscoveryRate: 0.05,
          unfoundedOutcomes: ['no_further_action', 'data_error'],
          truth: false,
          raisedFrom: null,
          raisedTo: null,
        },
        population: { people: 4400, flaggedPeople: 72, flagsRead: 81, flagsMatched: 80, sharedSubjects: 0, coverage: { checked: 200, found: 200 } },
        detectors: [detectorExample],
        findings: [findingExample],
        notes: ['A disparity is a prompt for inquiry, not proof of bias.'],
      },
    ],
  });
export type FairnessReport = z.output<typeof FairnessReport>;
