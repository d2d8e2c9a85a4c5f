/** The catalogue as a whole: definitions, parameters against the semantics document, selection and its errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlumblineError } from '../../adapter/errors.js';
import { Detector } from '../../contract/index.js';
import { findStandardDetector, resolveDetectorSelections, standardDetectors } from '../index.js';

const semantics = readFileSync(new URL('../../../docs/detector-semantics.md', import.meta.url), 'utf8');
/** The rows of the rules table: id, category and the parameters cell. */
const rows = [...semantics.matchAll(/^\| `([a-z-]+)` \| (\w+) \| ([^|]*) \|/gm)].map(([, detectorId, category, parameters]) => ({
  detectorId,
  category,
  parameters,
}));

function refusal(action: () => unknown): PlumblineError {
  try {
    action();
  } catch (error) {
    if (error instanceof PlumblineError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the standard detector catalogue', () => {
  it('has the 14 detectors of docs/detector-semantics.md, in its order and categories', () => {
    expect(rows).toHaveLength(14);
    expect(standardDetectors.map((detector) => [detector.definition.detectorId, detector.definition.category])).toEqual(
      rows.map((row) => [row.detectorId, row.category]),
    );
  });

  it('publishes valid contract detectors with a worked example and every parameter explained', () => {
    for (const { definition } of standardDetectors) {
      expect(Detector.parse(definition)).toEqual(definition);
      expect(definition).toMatchObject({ version: '1.0.0', standard: true });
      expect(definition.description).toMatch(/Worked example \(/);
      expect(definition.description).toMatch(/Severity: (low|medium|high)/);
      for (const parameter of definition.parameters)
        expect(definition.description, `${definition.detectorId} ${parameter.name}`).toContain(`\`${parameter.name}\``);
    }
  });

  it('declares the defaults and ranges of the semantics document, and fills them in', () => {
    for (const row of rows) {
      const detector = findStandardDetector(row.detectorId)!;
      const numeric = [...row.parameters.matchAll(/`(\w+)` ([\d.]+) \(([\d.]+)–([\d.]+)\)/g)].map(([, name, value, minimum, maximum]) => ({
        name,
        default: Number(value),
        minimum: Number(minimum),
        maximum: Number(maximum),
      }));
      const declared = detector.definition.parameters.filter((parameter) => parameter.type !== 'string-list');
      expect(
        declared.map(({ name, default: value, minimum, maximum }) => ({ name, default: value, minimum, maximum })),
        row.detectorId,
      ).toEqual(numeric);
      const defaults = Object.fromEntries(detector.definition.parameters.map((parameter) => [parameter.name, parameter.default]));
      expect(detector.parameters.parse({})).toEqual(defaults);
    }
    expect(findStandardDetector('office-attendance-below-guideline')!.parameters.parse({}).roles).toEqual([]);
    expect(findStandardDetector('bradford-factor')!.parameters.parse({}).reasons).toEqual(['sickness']);
  });

  it('says how far back each record type matters', () => {
    const uof = findStandardDetector('use-of-force-peer-outlier')!;
    const parameters = uof.parameters.parse({ windowDays: 200 });
    expect([uof.lookbackDays(parameters, 'use_of_force'), uof.lookbackDays(parameters, 'employment'), uof.lookbackDays(parameters)]).toEqual([200, null, null]);
    const roster = findStandardDetector('roster-self-editing')!;
    expect(roster.lookbackDays(roster.parameters.parse({}))).toBe(97);
    expect(findStandardDetector('repeated-allegations')!.lookbackDays({ threshold: 3, windowDays: 365 }, 'training')).toBe(0);
  });
});

describe('resolveDetectorSelections', () => {
  it('gives every detector with defaults when no selection is made', () => {
    const resolved = resolveDetectorSelections(undefined);
    expect(resolved.map(({ detector }) => detector)).toEqual([...standardDetectors]);
    expect(resolved[0].parameters).toEqual({ threshold: 3, windowDays: 365 });
  });

  it('resolves selections in order with overrides and defaults', () => {
    const resolved = resolveDetectorSelections([
      { detectorId: 'bradford-factor', parameters: { reasons: ['sickness', 'injury_on_duty'] } },
      { detectorId: 'repeated-allegations', parameters: { threshold: 4 } },
    ]);
    expect(resolved.map(({ detector, parameters }) => [detector.definition.detectorId, parameters])).toEqual([
      ['bradford-factor', { threshold: 250, windowDays: 365, reasons: ['sickness', 'injury_on_duty'] }],
      ['repeated-allegations', { threshold: 4, windowDays: 365 }],
    ]);
  });

  it('refuses an unknown detector, naming it and its path', () => {
    const error = refusal(() =>
      resolveDetectorSelections([
        { detectorId: 'repeated-allegations', parameters: {} },
        { detectorId: 'mind-reading', parameters: {} },
      ]),
    );
    expect(error.kind).toBe('validation-failed');
    expect(error.message).toContain('"mind-reading"');
    expect(error.errors).toEqual([{ path: '/body/detectors/1/detectorId', message: 'unknown detector "mind-reading"' }]);
  });

  it('refuses unknown parameters and out-of-range or mistyped values, naming each', () => {
    const error = refusal(() =>
      resolveDetectorSelections([
        { detectorId: 'repeated-allegations', parameters: { threshold: 0, treshold: 3 } },
        { detectorId: 'use-of-force-peer-outlier', parameters: { zThreshold: 11, minCount: 2.5 } },
        { detectorId: 'bradford-factor', parameters: { reasons: ['sickness', 'hangover'] } },
        { detectorId: 'sustained-long-hours', parameters: { weeks: '17' } },
      ]),
    );
    expect(error.errors).toEqual([
      { path: '/body/detectors/0/parameters/threshold', message: 'parameter "threshold" of detector "repeated-allegations" must be at least 1 (given 0)' },
      {
        path: '/body/detectors/0/parameters/treshold',
        message: 'detector "repeated-allegations" has no parameter "treshold" (it takes threshold, windowDays)',
      },
      {
        path: '/body/detectors/1/parameters/zThreshold',
        message: 'parameter "zThreshold" of detector "use-of-force-peer-outlier" must be at most 10 (given 11)',
      },
      {
        path: '/body/detectors/1/parameters/minCount',
        message: 'parameter "minCount" of detector "use-of-force-peer-outlier" must be a whole number (given 2.5)',
      },
      {
        path: '/body/detectors/2/parameters/reasons/1',
        message: expect.stringMatching(/^parameter "reasons" of detector "bradford-factor" must be one of sickness, .* \(given "hangover"\)$/),
      },
      { path: '/body/detectors/3/parameters/weeks', message: 'parameter "weeks" of detector "sustained-long-hours" must be a number (given "17")' },
    ]);
    expect(error.message).toContain('"treshold"');
    expect(error.message).toContain('"zThreshold"');
  });

  it('refuses any parameter for a detector that takes none, and an empty reasons list', () => {
    expect(refusal(() => resolveDetectorSelections([{ detectorId: 'vetting-lapsed', parameters: { windowDays: 30 } }])).errors).toEqual([
      { path: '/body/detectors/0/parameters/windowDays', message: 'detector "vetting-lapsed" has no parameter "windowDays" (it takes no parameters)' },
    ]);
    expect(refusal(() => resolveDetectorSelections([{ detectorId: 'bradford-factor', parameters: { reasons: [] } }])).errors?.[0].path).toBe(
      '/body/detectors/0/parameters/reasons',
    );
  });
});
