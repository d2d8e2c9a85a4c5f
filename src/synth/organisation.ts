/**
 * The shape of the synthetic force: kinds of unit, the role each unit does, how it works (office,
 * hybrid, operational), the vetting its posts need and how much of each activity its people
 * generate. The shares follow the make-up of a large metropolitan force (about 71% officers, 26%
 * police staff, 3% special constables); the rates are per person per year and set the volumes
 * documented in docs/synthetic-force.md.
 */
import type { VettingLevel } from '../contract/index.js';

export type EmployeeCategory = 'officer' | 'staff' | 'special';
export type WorkPattern = 'office' | 'hybrid' | 'operational';
/** Whether the duty system rosters the post every week, some weeks (specials) or not at all. */
export type Rostering = 'full' | 'part' | 'none';

export interface UnitType {
  readonly key: string;
  readonly category: EmployeeCategory;
  /** Share of the workforce in units of this type. */
  readonly share: number;
  readonly role: string;
  /** Unit name; basic command unit (BCU) teams are prefixed with the BCU. */
  readonly unitName: string;
  readonly perBcu: boolean;
  /** Typical headcount of one unit. */
  readonly teamSize: number;
  readonly workPattern: WorkPattern;
  readonly vetting: VettingLevel;
  readonly rostering: Rostering;
  /** Uses of force a constable in this unit reports per year. */
  readonly useOfForce: number;
  /** System accesses per person per year. */
  readonly access: number;
  /** Mandatory courses beyond the ones everybody takes (keys of the course table). */
  readonly courses: readonly string[];
}

const operationalCourses = ['personal-safety', 'life-support'];

function unit(
  key: string,
  category: EmployeeCategory,
  share: number,
  role: string,
  unitName: string,
  details: Partial<UnitType> & Pick<UnitType, 'teamSize' | 'workPattern' | 'vetting'>,
): UnitType {
  return {
    key,
    category,
    share,
    role,
    unitName,
    perBcu: false,
    rostering: category === 'officer' ? 'full' : 'none',
    useOfForce: 0,
    access: 10,
    courses: [],
    ...details,
  };
}

const operational = { workPattern: 'operational', courses: operationalCourses } as const;

export const unitTypes: readonly UnitType[] = [
  unit('response', 'officer', 0.22, 'Response officer', 'Response Team', {
    ...operational,
    teamSize: 28,
    perBcu: true,
    vetting: 'RV',
    useOfForce: 9,
    access: 18,
    courses: [...operationalCourses, 'response-driving'],
  }),
  unit('neighbourhood', 'officer', 0.12, 'Neighbourhood officer', 'Neighbourhood Team', {
    ...operational,
    teamSize: 20,
    perBcu: true,
    vetting: 'RV',
    useOfForce: 2.5,
    access: 13,
  }),
  unit('cid', 'officer', 0.09, 'Detective constable', 'CID', { ...operational, teamSize: 24, perBcu: true, vetting: 'MV', useOfForce: 0.8, access: 21 }),
  unit('safeguarding', 'officer', 0.06, 'Public protection investigator', 'Safeguarding Team', {
    ...operational,
    teamSize: 22,
    perBcu: true,
    vetting: 'MV',
    useOfForce: 0.4,
    access: 21,
  }),
  unit('roads', 'officer', 0.03, 'Roads policing officer', 'Roads and Transport Team', {
    ...operational,
    teamSize: 26,
    vetting: 'RV',
    useOfForce: 4,
    access: 14,
    courses: [...operationalCourses, 'response-driving'],
  }),
  unit('tsg', 'officer', 0.02, 'Territorial support officer', 'Territorial Support Group', {
    ...operational,
    teamSize: 30,
    vetting: 'MV',
    useOfForce: 14,
    access: 10,
    courses: [...operationalCourses, 'public-order'],
  }),
  unit('firearms', 'officer', 0.025, 'Firearms officer', 'Armed Response Team', {
    ...operational,
    teamSize: 24,
    vetting: 'SC',
    useOfForce: 6,
    access: 8,
    courses: [...operationalCourses, 'firearms'],
  }),
  unit('dogs', 'officer', 0.005, 'Dog handler', 'Dog Support Unit', { ...operational, teamSize: 12, vetting: 'RV', useOfForce: 10, access: 6 }),
  unit('custody', 'officer', 0.02, 'Custody sergeant', 'Custody Suite', {
    ...operational,
    teamSize: 18,
    perBcu: true,
    vetting: 'RV',
    useOfForce: 5,
    access: 10,
  }),
  unit('counterTerrorism', 'officer', 0.03, 'Counter-terrorism officer', 'Counter Terrorism Command', {
    ...operational,
    teamSize: 25,
    vetting: 'DV',
    useOfForce: 0.3,
    access: 18,
  }),
  unit('intelligence', 'officer', 0.02, 'Intelligence officer', 'Intelligence Unit', { teamSize: 20, workPattern: 'hybrid', vetting: 'SC', access: 27 }),
  unit('standards', 'officer', 0.01, 'Professional standards investigator', 'Directorate of Professional Standards', {
    teamSize: 20,
    workPattern: 'hybrid',
    vetting: 'SC',
    access: 24,
  }),
  unit('headquarters', 'officer', 0.06, 'Staff officer', 'Headquarters Portfolio', { teamSize: 22, workPattern: 'office', vetting: 'MV', access: 6 }),
  unit('specials', 'special', 0.03, 'Special constable', 'Special Constabulary', {
    ...operational,
    teamSize: 30,
    perBcu: true,
    vetting: 'RV',
    rostering: 'part',
    useOfForce: 1.2,
    access: 4,
    courses: ['personal-safety'],
  }),
  unit('control', 'staff', 0.04, 'Call handler', 'Command and Control', {
    teamSize: 30,
    workPattern: 'operational',
    vetting: 'RV',
    rostering: 'full',
    access: 24,
    courses: ['call-handling'],
  }),
  unit('pcso', 'staff', 0.02, 'Police community support officer', 'Neighbourhood PCSO Team', {
    teamSize: 16,
    perBcu: true,
    workPattern: 'operational',
    vetting: 'RV',
    rostering: 'full',
    useOfForce: 0.3,
    access: 5,
    courses: ['personal-safety'],
  }),
  unit('detention', 'staff', 0.015, 'Detention officer', 'Custody Detention Team', {
    teamSize: 14,
    perBcu: true,
    workPattern: 'operational',
    vetting: 'RV',
    rostering: 'full',
    useOfForce: 1.5,
    access: 5,
    courses: ['personal-safety'],
  }),
  unit('analysis', 'staff', 0.03, 'Intelligence analyst', 'Analysis Hub', { teamSize: 18, workPattern: 'hybrid', vetting: 'SC', access: 29 }),
  unit('hr', 'staff', 0.025, 'HR adviser', 'HR Services', { teamSize: 20, workPattern: 'hybrid', vetting: 'MV', access: 2 }),
  unit('finance', 'staff', 0.02, 'Finance officer', 'Finance', { teamSize: 20, workPattern: 'hybrid', vetting: 'RV', access: 1 }),
  unit('digital', 'staff', 0.03, 'Digital services engineer', 'Digital Services', { teamSize: 24, workPattern: 'hybrid', vetting: 'SC', access: 2 }),
  unit('communications', 'staff', 0.01, 'Communications officer', 'Media and Communications', {
    teamSize: 16,
    workPattern: 'hybrid',
    vetting: 'RV',
    access: 1,
  }),
  unit('estates', 'staff', 0.015, 'Estates officer', 'Property Services', { teamSize: 18, workPattern: 'office', vetting: 'RV', access: 1 }),
  unit('investigators', 'staff', 0.02, 'Police staff investigator', 'Investigation Support', {
    teamSize: 20,
    workPattern: 'hybrid',
    vetting: 'MV',
    access: 22,
  }),
  unit('forensics', 'staff', 0.015, 'Forensic practitioner', 'Forensic Services', { teamSize: 18, workPattern: 'office', vetting: 'MV', access: 6 }),
  unit('vetting', 'staff', 0.005, 'Vetting officer', 'Vetting Unit', { teamSize: 15, workPattern: 'office', vetting: 'SC', access: 19 }),
  unit('support', 'staff', 0.008, 'Administrator', 'Business Support', { teamSize: 20, workPattern: 'office', vetting: 'RV', access: 2 }),
];

/** Ranks, lowest first, with the share of each among officers and specials. */
export const officerRanks = [
  { rank: 'PC', share: 0.76, useOfForceFactor: 1 },
  { rank: 'PS', share: 0.15, useOfForceFactor: 0.5 },
  { rank: 'Insp', share: 0.06, useOfForceFactor: 0.15 },
  { rank: 'Ch Insp', share: 0.02, useOfForceFactor: 0.05 },
  { rank: 'Supt', share: 0.008, useOfForceFactor: 0 },
  { rank: 'Ch Supt', share: 0.002, useOfForceFactor: 0 },
] as const;
export const specialRanks = [
  { rank: 'SC', share: 0.85, useOfForceFactor: 1 },
  { rank: 'SSgt', share: 0.1, useOfForceFactor: 0.5 },
  { rank: 'SInsp', share: 0.05, useOfForceFactor: 0.2 },
] as const;

/** Basic command units: each BCU-based unit type has teams in every one. */
export const basicCommandUnits = [
  'Central North',
  'Central South',
  'Central East',
  'Central West',
  'North',
  'North East',
  'North West',
  'East',
  'South',
  'South East',
  'South West',
  'West',
];

/** The building whose badge readers count a unit's office days. */
export function siteOf(unitName: string): string {
  const bcu = basicCommandUnits.find((name) => unitName.startsWith(name + ' '));
  return bcu ? `${bcu} Command Hub` : 'Central Headquarters';
}

export function useOfForceFactor(category: EmployeeCategory, rank: string | undefined): number {
  const ranks = category === 'special' ? specialRanks : officerRanks;
  return ranks.find((entry) => entry.rank === rank)?.useOfForceFactor ?? 1;
}
