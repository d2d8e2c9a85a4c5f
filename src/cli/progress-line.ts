/**
 * The progress of a load on stderr. On a terminal, one line rewritten in place (a few times a
 * second at most); in a log file or a pipe, a line per source and per step, so the log stays short
 * and readable without control characters.
 */
import type { LoadProgress } from '../demo/load-force.js';
import { ProgressMeter } from '../progress/progress-meter.js';

export interface ProgressLine extends LoadProgress {
  /** Ends the line on a terminal, so what follows starts on a fresh line. */
  done(): void;
}

export function progressLine(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  const terminal = stream.isTTY === true;
  let lastWrite = 0;
  let lastSource = '';
  let open = false;
  let meter: ProgressMeter | undefined;
  const write = (text: string) => {
    if (terminal) {
      stream.write(`\r\x1b[2K${label}: ${text}`);
      open = true;
    } else {
      stream.write(`${label}: ${text}\n`);
    }
  };
  return {
    step(message) {
      // A step is a line of its own: the log lines of a run (on stdout) then start on a fresh line.
      write(message);
      if (terminal) stream.write('\n');
      open = false;
      lastWrite = Date.now();
    },
    records(ingested, source) {
      meter ??= new ProgressMeter('records', 'records', () => {});
      // `records: 1,234 records, 5,678 records/s`, from the shared meter: the rate over the whole load.
      const text = `ingesting ${source.sourceId} (source ${source.position} of ${source.of}), ${meter.describe(ingested).replace(/^records: /, '')} so far`;
      if (terminal ? Date.now() - lastWrite >= 200 : source.sourceId !== lastSource) {
        write(text);
        lastWrite = Date.now();
      }
      lastSource = source.sourceId;
    },
    done() {
      if (open) stream.write('\n');
      open = false;
    },
  };
}
