/**
 * NDJSON in and out, validated line by line against the contract's `ExportLine`. A bad line
 * stops the stream with an error that names its line number.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { ExportLine, jsonPointer, MAX_REPORTED_ERRORS } from '../contract/index.js';
import { PlumblineError } from '../adapter/errors.js';

export const NDJSON_CONTENT_TYPE = 'application/x-ndjson';

/** Parses and validates an NDJSON body, yielding one export line at a time. Blank lines are skipped. */
export async function* readExportLines(body: Readable): AsyncGenerator<ExportLine> {
  const lines = createInterface({ input: body, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber += 1;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new PlumblineError('validation-failed', `Line ${lineNumber} is not JSON.`, { errors: [{ path: `/lines/${lineNumber}`, message: 'not JSON' }] });
    }
    const parsed = ExportLine.safeParse(json);
    if (!parsed.success) {
      const errors = parsed.error.issues
        .slice(0, MAX_REPORTED_ERRORS)
        .map((issue) => ({ path: jsonPointer(['lines', lineNumber, ...issue.path]), message: issue.message }));
      throw new PlumblineError('validation-failed', `Line ${lineNumber} is not a valid export line: ${errors[0].path} ${errors[0].message}.`, { errors });
    }
    yield parsed.data;
  }
}

/**
 * Validates an adapter's export as it streams, serialising each line. A line that breaks the
 * contract ends the stream early (the client sees no `end` line) and is reported to `onViolation`.
 */
export async function* writeExportLines(
  lines: AsyncIterable<unknown>,
  onViolation: (lineNumber: number, path: string, message: string) => void,
): AsyncGenerator<string> {
  let lineNumber = 0;
  let sliceStarted = performance.now();
  for await (const line of lines) {
    lineNumber += 1;
    const parsed = ExportLine.safeParse(line);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      onViolation(lineNumber, jsonPointer(issue.path), issue.message);
      return;
    }
    yield JSON.stringify(parsed.data) + '\n';
    // A fast client on loopback never pushes back, and an adapter reading a local store never
    // waits: without a pause the whole export ran in one turn of the event loop, and every other
    // request (health checks included) waited for it. Work in slices, letting others in between.
    if (performance.now() - sliceStarted > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
    }
  }
}

/** The longest an export works before letting other requests in. */
const SLICE_MS = 10;
