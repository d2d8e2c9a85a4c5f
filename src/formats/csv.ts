/**
 * RFC 4180 CSV, the two halves every CSV format here needs: quoting a cell and splitting text into
 * rows of cells. What the columns mean is each format's own business (casework uploads, equality files).
 */

/** A cell as written: quoted when it holds a comma, a quote or a line break. */
export function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Splits CSV text into rows of cells, honouring quotes (which may hold commas and line breaks). */
export function parseCsvCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let position = 0; position < text.length; position += 1) {
    const character = text[position];
    if (quoted) {
      if (character !== '"') cell += character;
      else if (text[position + 1] === '"') cell += text[++position];
      else quoted = false;
    } else if (character === '"') quoted = true;
    else if (character === ',') endCell();
    else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[position + 1] === '\n') position += 1;
      endCell();
      rows.push(row);
      row = [];
    } else cell += character;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((value) => value !== ''));
}
