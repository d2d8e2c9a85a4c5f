/**
 * Detectors: the rules that raise flags. Standard detectors have exact definitions (in their
 * `description`) so that two conformant adapters raise the same flags on the same data. Suppliers
 * may add their own under `x-<vendor>-…` ids.
 */
import { z } from 'zod';

export const FlagCategory = z.enum(['standards', 'integrity', 'welfare', 'culture']).meta({
  id: 'FlagCategory',
  description: 'The area of concern: professional standards, integrity, welfare or culture.',
  examples: ['integrity'],
});
export type FlagCategory = z.output<typeof FlagCategory>;

export const Severity = z.enum(['low', 'medium', 'high']).meta({
  id: 'Severity',
  description: 'How urgently a reviewer should look. It orders the review queue; it is not a finding.',
  examples: ['medium'],
});
export type Severity = z.output<typeof Severity>;

export const DetectorParameter = z
  .object({
    name: z.string(),
    type: z.enum(['integer', 'number', 'boolean', 'string', 'string-list']),
    default: z.unknown().describe('The value used when a run does not set it.'),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    description: z.string(),
  })
  .meta({
    id: 'DetectorParameter',
    description: 'One parameter a run may set.',
    examples: [{ name: 'threshold', type: 'integer', default: 3, minimum: 1, maximum: 100, description: 'Fewest distinct cases that raise a flag.' }],
  });
export type DetectorParameter = z.output<typeof DetectorParameter>;

export const Detector = z
  .object({
    detectorId: z.string().describe('Stable id; standard detectors use plain names, supplier detectors `x-<vendor>-<name>`.'),
    version: z.string().describe('Changes whenever the definition changes.'),
    standard: z.boolean().describe('Whether this is a standard detector of the contract (exact semantics) or a supplier’s own.'),
    category: FlagCategory,
    title: z.string(),
    description: z.string().describe('The exact definition: inputs, window, threshold, what counts, and a worked example.'),
    parameters: z.array(DetectorParameter),
  })
  .meta({
    id: 'Detector',
    description: 'A rule that raises flags for human review.',
    examples: [
      {
        detectorId: 'repeated-allegations',
        version: '1.0.0',
        standard: true,
        category: 'standards',
        title: 'Repeated allegations',
        description: 'At least `threshold` allegations in distinct cases within any `windowDays`-day window ending on or before the as-of date.',
        parameters: [{ name: 'threshold', type: 'integer', default: 3, minimum: 1, description: 'Fewest distinct cases.' }],
      },
    ],
  });
export type Detector = z.output<typeof Detector>;
