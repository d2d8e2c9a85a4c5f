/**
 * The equality file: the auditor's equality monitoring data, one person a row, in CSV or NDJSON.
 * It is read by the fairness audit only, held in memory for the audit, and never sent to an
 * adapter. docs/fairness.md documents the format.
 *
 * CSV: a header row, then one row per person. Column `records` holds the person's records as
 * `sourceId/recordId` keys separated by spaces (an HR record is enough); or column `subjectIds`
 * their subject ids. Every other column is a characteristic (`sex`, `ethnicity`, `ageBand`, …);
 * an empty cell is "not recorded", a group of its own.
 *
 *     records,sex,ethnicity,ageBand
 *     hr-core/HR-3F8K2M1A hr-core/HR-9QW2ZX0B,female,White,35-44
 *
 * NDJSON: one `EqualityPerson` a line: `{"records":[{"sourceId":"hr-core","recordId":"HR-3F8K2M1A"}],"attributes":{"sex":"female"}}`.
 */
import { EqualityAttributeName, EqualityPerson, MAX_EQUALITY_PEOPLE, type RecordRef } from '../contract/index.js';
import { csvCell, parseCsvCells } from '../formats/csv.js';

/** A file that cannot be read as equality data: the message names the line. */
export class EqualityFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EqualityFileError';
  }
}

const keyColumns = new Set(['records', 'subjectIds']);

/** `sourceId/recordId` as written in the CSV. */
export function recordKey(reference: RecordRef): string {
  return `${reference.sourceId}/${reference.recordId}`;
}

function parseRecordKey(key: string, line: number): RecordRef {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) throw new EqualityFileError(`line ${line}: "${key}" is not a record key (sourceId/recordId)`);
  return { sourceId: key.slice(0, slash), recordId: key.slice(slash + 1) };
}

const words = (cell: string) => cell.split(/\s+/).filter(Boolean);

/** Validates one person, naming the line and the field at fault. */
function checked(candidate: unknown, line: number): EqualityPerson {
  const parsed = EqualityPerson.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new EqualityFileError(`line ${line}: ${issue.path.join('.') || 'the row'}: ${issue.message}`);
}

function parseCsv(text: string): EqualityPerson[] {
  const [header, ...rows] = parseCsvCells(text.replace(/^\uFEFF/, ''));
  if (!header) throw new EqualityFileError('the file is empty');
  const columns = header.map((name) => name.trim());
  if (!columns.some((name) => keyColumns.has(name))) throw new EqualityFileError('line 1: the header needs a `records` or a `subjectIds` column');
  if (new Set(columns).size !== columns.length) throw new EqualityFileError('line 1: a column is named twice');
  const badName = columns.find((name) => !keyColumns.has(name) && !EqualityAttributeName.safeParse(name).success);
  if (badName !== undefined)
    throw new EqualityFileError(`line 1: column "${badName}" is not an attribute name (a letter, then up to 39 letters, digits or underscores)`);
  // Blank lines are dropped by the parser, so line numbers count data rows after the header.
  return rows.map((cells, index) => {
    const line = index + 2;
    if (cells.length > columns.length) throw new EqualityFileError(`line ${line}: ${cells.length} cells for ${columns.length} columns`);
    const person: { records?: RecordRef[]; subjectIds?: string[]; attributes: Record<string, string> } = { attributes: {} };
    columns.forEach((column, position) => {
      const cell = (cells[position] ?? '').trim();
      if (column === 'records') person.records = words(cell).map((key) => parseRecordKey(key, line));
      else if (column === 'subjectIds') person.subjectIds = words(cell);
      else person.attributes[column] = cell;
    });
    return checked(person, line);
  });
}

function parseNdjson(text: string): EqualityPerson[] {
  const people: EqualityPerson[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new EqualityFileError(`line ${index + 1}: not JSON`);
    }
    people.push(checked(value, index + 1));
  });
  return people;
}

/** Reads an equality file: NDJSON when its first character is `{`, CSV otherwise. */
export function parseEqualityFile(text: string): EqualityPerson[] {
  const people = text.trimStart().startsWith('{') ? parseNdjson(text) : parseCsv(text);
  if (people.length === 0) throw new EqualityFileError('the file holds no person');
  if (people.length > MAX_EQUALITY_PEOPLE) throw new EqualityFileError(`the file holds ${people.length} people; an audit takes at most ${MAX_EQUALITY_PEOPLE}`);
  return people;
}

/** Writes people as an equality CSV keyed by records, with the attributes given, in that order. */
export function equalityCsv(people: readonly EqualityPerson[], attributes: readonly string[]): string {
  const lines = [['records', ...attributes].join(',')];
  for (const person of people) {
    const keys = (person.records ?? []).map(recordKey).join(' ');
    lines.push([keys, ...attributes.map((attribute) => person.attributes[attribute] ?? '')].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
