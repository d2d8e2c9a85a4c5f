/**
 * Profiles: the distinct normalised identities among the nodes. Across a force the same identity
 * is recorded again and again (each complaint repeats the officer's name and collar number, each
 * intelligence report a name and date of birth), so nodes are grouped by their normalised identity
 * and each group is blocked and compared once. Nodes of one profile compare identically with every
 * other node, so the outcome per node is the same as comparing them one by one.
 *
 * Values are interned per field: equality is an integer test, and a name seen a thousand times is
 * normalised and stored once.
 */
import { NumberTable } from './number-table.js';
import type { IdentityNode } from './types.js';
import { normaliseDate, normaliseIdentifier, normaliseLogin, normaliseName, normaliseUsername, normalisePostcode, type NormalisedName } from './normalise.js';

/** The fields compared, in the order of the packed comparison vector. */
export const comparedFields = [
  'staffNumber',
  'warrantNumber',
  'payrollNumber',
  'niNumber',
  'username',
  'email',
  'givenName',
  'familyName',
  'dateOfBirth',
  'postcode',
] as const;
export type ComparedField = (typeof comparedFields)[number];
export const fieldCount = comparedFields.length;
export const fieldIndex = Object.fromEntries(comparedFields.map((field, index) => [field, index])) as Record<ComparedField, number>;

/** The strong identifiers among the compared fields (indexes). */
export const strongFieldIndexes = [0, 1, 2, 3, 4, 5] as const;
export const givenIndex = fieldIndex.givenName;
export const familyIndex = fieldIndex.familyName;
export const dateIndex = fieldIndex.dateOfBirth;
export const postcodeIndex = fieldIndex.postcode;

type Normaliser = (value: string | undefined) => string | NormalisedName | null;

const normalisers: Record<ComparedField, Normaliser> = {
  staffNumber: normaliseIdentifier,
  warrantNumber: normaliseIdentifier,
  payrollNumber: normaliseIdentifier,
  niNumber: normaliseIdentifier,
  username: normaliseUsername,
  email: normaliseLogin,
  givenName: normaliseName,
  familyName: normaliseName,
  dateOfBirth: normaliseDate,
  postcode: normalisePostcode,
};

const textOf = (value: string | NormalisedName): string => (typeof value === 'string' ? value : value.words.join(' '));

/** The distinct normalised values of one field, each with an integer id. */
class FieldValues {
  readonly values: (string | NormalisedName)[] = [];
  private readonly idOfRaw = new Map<string, number>();
  private readonly idOfText = new Map<string, number>();

  constructor(private readonly normalise: Normaliser) {}

  /** The id of a raw value's normalised form, or -1 when it is absent or normalises to nothing. */
  idOf(raw: string | undefined): number {
    if (raw === undefined) return -1;
    const known = this.idOfRaw.get(raw);
    if (known !== undefined) return known;
    const normalised = this.normalise(raw);
    let id = -1;
    if (normalised !== null) {
      const text = textOf(normalised);
      id = this.idOfText.get(text) ?? -1;
      if (id === -1) {
        id = this.values.length;
        this.values.push(normalised);
        this.idOfText.set(text, id);
      }
    }
    this.idOfRaw.set(raw, id);
    return id;
  }
}

export interface ProfileSet {
  /** The nodes, sorted by node id (a node's index is its position here). */
  readonly nodes: readonly IdentityNode[];
  readonly profileCount: number;
  /** Value ids, `fieldCount` per profile (-1 when absent). */
  readonly valueIds: Int32Array;
  /** Per field, the normalised value of each id: strings, or names for the two name fields. */
  readonly fieldValues: readonly (readonly (string | NormalisedName)[])[];
  readonly profileOfNode: Int32Array;
  /** Node indexes of profile p: nodeIndexes[nodeStart[p] .. nodeStart[p + 1]), ascending. */
  readonly nodeStart: Int32Array;
  readonly nodeIndexes: Int32Array;
}

/** Groups nodes into profiles. Deterministic: profiles are numbered in the order of their lowest node id. */
export function buildProfiles(unsortedNodes: readonly IdentityNode[]): ProfileSet {
  const nodes = [...unsortedNodes].sort((left, right) => left.nodeId - right.nodeId);
  for (let index = 1; index < nodes.length; index++) {
    if (nodes[index].nodeId === nodes[index - 1].nodeId) throw new RangeError(`node ${nodes[index].nodeId} is given twice`);
  }
  const tables = comparedFields.map((field) => new FieldValues(normalisers[field]));
  // Identities are looked up by a 52-bit hash of their value ids (no string per node); a hash that
  // collides with a different identity, astronomically rare, falls back to an exact string key.
  const profileOfHash = new NumberTable(nodes.length);
  const profileOfHashId: number[] = [];
  const profileOfSignature = new Map<string, number>();
  const profileOfNode = new Int32Array(nodes.length);
  const ids = new Int32Array(fieldCount);
  let valueIds = new Int32Array(Math.max(16, nodes.length) * fieldCount);
  let profileCount = 0;
  const sameIds = (profile: number) => ids.every((id, field) => valueIds[profile * fieldCount + field] === id);
  const newProfile = () => {
    valueIds.set(ids, profileCount * fieldCount);
    return profileCount++;
  };
  nodes.forEach((node, nodeIndex) => {
    let first = 0x811c9dc5;
    let second = 0x5bd1e995;
    for (let field = 0; field < fieldCount; field++) {
      const id = tables[field].idOf(node.identity[comparedFields[field]]);
      ids[field] = id;
      first = Math.imul(first ^ id, 0x01000193);
      second = Math.imul(second ^ id, 0x85ebca6b) ^ (second >>> 13);
    }
    const hashId = profileOfHash.intern((first >>> 6) * 2 ** 26 + (second >>> 6));
    let profile = profileOfHashId[hashId];
    if (profile === undefined) profile = profileOfHashId[hashId] = newProfile();
    else if (!sameIds(profile)) {
      const signature = ids.join(',');
      profile = profileOfSignature.get(signature) ?? profileOfSignature.set(signature, newProfile()).get(signature)!;
    }
    profileOfNode[nodeIndex] = profile;
  });
  valueIds = valueIds.slice(0, profileCount * fieldCount);
  const nodeStart = new Int32Array(profileCount + 1);
  for (const profile of profileOfNode) nodeStart[profile + 1]++;
  for (let profile = 0; profile < profileCount; profile++) nodeStart[profile + 1] += nodeStart[profile];
  const fill = nodeStart.slice(0, profileCount);
  const nodeIndexes = new Int32Array(nodes.length);
  profileOfNode.forEach((profile, nodeIndex) => {
    nodeIndexes[fill[profile]++] = nodeIndex;
  });
  return { nodes, profileCount, valueIds, fieldValues: tables.map((table) => table.values), profileOfNode, nodeStart, nodeIndexes };
}

/** The normalised value of a profile's field, or null. */
function normalisedValueOf(profiles: ProfileSet, profile: number, field: number): string | NormalisedName | null {
  const id = profiles.valueIds[profile * fieldCount + field];
  return id < 0 ? null : profiles.fieldValues[field][id];
}

/** A string field's normalised value, or null (not for the two name fields). */
export function textValueOf(profiles: ProfileSet, profile: number, field: number): string | null {
  return normalisedValueOf(profiles, profile, field) as string | null;
}

/** A name field's normalised value, or null. */
export function nameValueOf(profiles: ProfileSet, profile: number, field: number): NormalisedName | null {
  return normalisedValueOf(profiles, profile, field) as NormalisedName | null;
}
