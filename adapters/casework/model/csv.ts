/**
 * Casework's CSV upload format for entries: one row per entry; nested fields as dotted column
 * names (`person_details.staff_no`); an empty cell is an absent field; RFC 4180 quoting. The
 * header types its columns, `name:number`, `name:boolean` or `name:json` (lists and free-form
 * maps, in one cell), so that a row reads back exactly as it was written; untyped columns are text.
 */

import { csvCell as quote, parseCsvCells } from '../../../src/formats/csv.js';

type CellType = 'text' | 'number' | 'boolean' | 'json';

/** Fields whose value goes into one JSON cell rather than dotted columns: their keys are data. */
const JSON_CELL_FIELDS = new Set(['custom_fields']);

function flatten(value: Record<string, unknown>, prefix: string, into: Map<string, unknown>): void {
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined || inner === null) continue;
    const column = prefix + key;
    if (typeof inner === 'object' && !Array.isArray(inner) && !JSON_CELL_FIELDS.has(key)) flatten(inner as Record<string, unknown>, `${column}.`, into);
    else into.set(column, inner);
  }
}

function cellType(value: unknown): CellType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return typeof value === 'string' ? 'text' : 'json';
}

/** Writes entries as CSV with a typed header holding every column any entry uses. */
export function writeCsv(entries: readonly Record<string, unknown>[]): string {
  const rows = entries.map((entry) => {
    const cells = new Map<string, unknown>();
    flatten(entry, '', cells);
    return cells;
  });
  const types = new Map<string, CellType>();
  for (const cells of rows) {
    for (const [column, value] of cells) {
      const type = cellType(value);
      // A column holding values of two types is written as JSON, which keeps each one's type.
      types.set(column, types.has(column) && types.get(column) !== type ? 'json' : type);
    }
  }
  const columns = [...types.keys()];
  const encode = (column: string, value: unknown) => (value === undefined ? '' : types.get(column) === 'json' ? JSON.stringify(value) : String(value));
  const header = columns.map((column) => quote(types.get(column) === 'text' ? column : `${column}:${types.get(column)}`));
  const lines = [header.join(','), ...rows.map((cells) => columns.map((column) => quote(encode(column, cells.get(column)))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function decode(cell: string, type: string): unknown {
  if (type === 'number') return Number(cell);
  if (type === 'boolean') return cell === 'true';
  if (type === 'json') return JSON.parse(cell);
  return cell;
}

/** One row of an upload: the entry it holds, or why it could not be read. */
export type ParsedRow = { entry: Record<string, unknown> } | { error: string };

/** Reads CSV entries back into nested objects, one per data row, in order; a row that cannot be read says why. */
export function readCsv(text: string): ParsedRow[] {
  const [header = [], ...rows] = parseCsvCells(text);
  const columns = header.map((name) => {
    const [path, type = 'text'] = name.split(':');
    return { path: path.split('.'), type };
  });
  return rows.map((cells) => {
    const entry: Record<string, unknown> = {};
    try {
      columns.forEach(({ path, type }, index) => {
        const cell = cells[index] ?? '';
        if (cell === '') return;
        let target = entry;
        for (const segment of path.slice(0, -1)) target = (target[segment] ??= {}) as Record<string, unknown>;
        target[path[path.length - 1]] = decode(cell, type);
      });
    } catch {
      return { error: 'a JSON cell of this row does not parse' };
    }
    return { entry };
  });
}
