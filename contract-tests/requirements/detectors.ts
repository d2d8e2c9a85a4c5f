/**
 * The standard detectors: the catalogue, run parameters, and the exact semantics of each detector on
 * both sides of every threshold and window edge (docs/detector-semantics.md).
 */
import { defineRequirements } from './requirement.js';
import { requirement } from './define.js';

/** Each standard detector's requirement id, in the order of the contract's catalogue. */
export const detectorRequirementIds: Readonly<Record<string, string>> = {
  'repeated-allegations': 'DET-101',
  'repeated-category': 'DET-102',
  'allegation-after-sanction': 'DET-103',
  'use-of-force-peer-outlier': 'DET-104',
  'roster-self-editing': 'DET-105',
  'office-attendance-below-guideline': 'DET-106',
  'access-without-purpose': 'DET-107',
  'access-to-connected-person': 'DET-108',
  'undeclared-association': 'DET-109',
  'vetting-lapsed': 'DET-110',
  'bradford-factor': 'DET-111',
  'sustained-long-hours': 'DET-112',
  'mandatory-training-overdue': 'DET-113',
  'co-allegation-group': 'DET-114',
};

const exactly = (detectorId: string, rule: string) =>
  requirement(
    detectorRequirementIds[detectorId],
    'MUST',
    'flagging',
    'baseline',
    `\`${detectorId}\` flags exactly when ${rule}, with the evidence, measurements, window and severity of its definition.`,
  );

/** DET: the catalogue, parameters, refusals and each standard detector's exact semantics. */
export const detectorRequirements = defineRequirements('DET', [
  requirement(
    'DET-001',
    'MUST',
    'flagging',
    'baseline',
    'GET /v1/detectors lists every standard detector of the contract with its version, category and parameters with their defaults.',
  ),
  requirement('DET-002', 'MUST', 'flagging', 'baseline', 'Parameters set in a flagging run replace the detector’s defaults for that run.'),
  requirement(
    'DET-003',
    'MUST',
    'flagging',
    'baseline',
    'A flagging run naming an unknown detector, an unknown parameter or a value out of range is refused with 400 naming it.',
  ),
  exactly('repeated-allegations', 'a subject has at least 3 allegations in distinct cases within 365 days'),
  exactly('repeated-category', 'a subject has at least 2 allegations of one Standards category in distinct cases within 730 days'),
  exactly('allegation-after-sanction', 'a subject has an allegation in another case within 365 days after a misconduct or gross-misconduct finding'),
  exactly(
    'use-of-force-peer-outlier',
    'a subject’s 12-month use-of-force count is at least 3 with a z-score of at least 2.5 among at least 8 active peers of the same unit',
  ),
  exactly('roster-self-editing', 'a subject self-edited at least 3 distinct shifts adding overtime within 90 days'),
  exactly(
    'office-attendance-below-guideline',
    'a subject attended under 0.8 of at least 10 expected office days over 90 days (attendance capped at what was expected)',
  ),
  exactly('access-without-purpose', 'a subject made at least 5 system accesses with no recorded purpose within 30 days'),
  exactly('access-to-connected-person', 'a subject accessed, with no recorded purpose, a person sharing their family name and postcode or a colleague'),
  exactly('undeclared-association', 'an association report has no matching declaration of the same kind and counterparty made on or before it'),
  exactly('vetting-lapsed', 'an active subject’s post requires a vetting level and no granted, unexpired vetting at that level or higher exists'),
  exactly('bradford-factor', 'spells² × days of sickness absence starting within 365 days is at least 250'),
  exactly('sustained-long-hours', 'a subject’s hours worked averaged over the 17 weeks before the as-of date exceed 48 (missing weeks count 0)'),
  exactly('mandatory-training-overdue', 'an active subject’s latest completion of a mandatory course expired more than 30 days before the as-of date'),
  exactly('co-allegation-group', 'at least 3 people are connected by pairs sharing at least 2 distinct allegation cases within 730 days (one flag per group)'),
]);
