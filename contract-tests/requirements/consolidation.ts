/** Consolidation, subjects, search, link overrides and the possible-match queue. */
import { defineRequirements } from './requirement.js';
import { requirement } from './define.js';

/** CON: consolidation runs, subjects and links. */
export const consolidationRequirements = defineRequirements('CON', [
  requirement(
    'CON-001',
    'MUST',
    'consolidation',
    'baseline',
    'A consolidation run answers 202 with a run that, polled at GET /v1/runs/{runId}, reports its progress until it succeeds.',
  ),
  requirement(
    'CON-002',
    'MUST',
    'consolidation',
    'baseline',
    'Records sharing a strong identifier are consolidated into one subject, and records of people sharing nothing into different subjects.',
  ),
  requirement(
    'CON-003',
    'MUST',
    'consolidation',
    'baseline',
    'A subject lists each of its records once with its provenance (source, record id, type, date), a matching count and a canonical identity drawn from them.',
  ),
  requirement(
    'CON-004',
    'MUST',
    'consolidation',
    'baseline',
    'A subject’s links connect all of its records, and each states its basis: the shared identifier, the override, or per-field comparisons with the score and threshold.',
  ),
  requirement('CON-005', 'MUST', 'consolidation', 'baseline', 'A consolidation run that changes nothing, incremental or full, changes no subject id.'),
  requirement(
    'CON-006',
    'MUST',
    'consolidation',
    'baseline',
    'When subjects merge, the survivor keeps one of their ids and lists the others as former ids, and each former id answers 308 redirecting to it, for the subject and for its links.',
  ),
  requirement(
    'CON-007',
    'SHOULD',
    'consolidation',
    'baseline',
    'Records agreeing on given name, family name, date of birth and postcode but sharing no identifier are linked, with per-field evidence.',
  ),
]);

/** SRCH: subject search. */
export const searchRequirements = defineRequirements('SRCH', [
  requirement(
    'SRCH-001',
    'MUST',
    'subjects.search',
    'full',
    'Searching subjects by name finds those whose recorded names start with the words, and by identifier those holding it exactly, and no others.',
  ),
]);

/** OVR: link overrides. */
export const overrideRequirements = defineRequirements('OVR', [
  requirement(
    'OVR-001',
    'MUST',
    'consolidation.overrides',
    'baseline',
    'A must-link puts two records of different people into one subject at the next run, explained by an override link.',
  ),
  requirement(
    'OVR-002',
    'MUST',
    'consolidation.overrides',
    'baseline',
    'A cannot-link keeps two records that share an identifier in different subjects at the next run.',
  ),
  requirement(
    'OVR-003',
    'MUST',
    'consolidation.overrides',
    'baseline',
    'An override that contradicts the existing ones (a cannot-link between records that must-links join) is refused with 409 `conflict`.',
  ),
  requirement('OVR-004', 'MUST', 'consolidation.overrides', 'baseline', 'An override naming an unknown record is refused with 404.'),
  requirement(
    'OVR-005',
    'MUST',
    'consolidation.overrides',
    'baseline',
    'Overrides are listed with their kind, records, reason, author and time; a withdrawn one is no longer listed and stops applying at the next run.',
  ),
]);

/** CAND: the possible-match queue (pairs that may be one person, for a person to decide). */
export const candidateRequirements = defineRequirements('CAND', [
  requirement(
    'CAND-001',
    'MUST',
    'consolidation.candidates',
    'full',
    'Each listed possible match names two known records that are in different subjects now, the subjects their record reads report, with a score, a threshold and per-field comparisons of identity fields.',
  ),
  requirement(
    'CAND-002',
    'MUST',
    'consolidation.candidates',
    'full',
    'A listed pair decided with a cannot-link stays apart and is no longer listed after the next run; one decided with a must-link is in one subject and no longer listed.',
  ),
  requirement(
    'CAND-003',
    'SHOULD',
    'consolidation.candidates',
    'full',
    'A record naming only a name and date of birth that two people of the HR system share is merged into neither, and is listed as a possible match with at least one of them.',
  ),
]);
