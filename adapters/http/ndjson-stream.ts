/**
 * NDJSON both ways, one line at a time: an export is parsed as it arrives (never held whole), and
 * an import is sent as it is read. A stream that ends without its `end` line was cut short.
 */
import { ExportLine } from '../../src/contract/index.js';
import { ConnectorCallError, failMalformed, failureReason, parseSupplierAnswer, type Deadline } from '../../src/connectors/index.js';
import { remoteCall } from './remote-caller.js';

export const NDJSON_CONTENT_TYPE = 'application/x-ndjson';

/** Lines are sent in chunks of about this many bytes, not one write per line. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Yields each export line of the remote's stream, validated. The deadline runs only while waiting
 * for the remote, re-armed at every chunk: a stalled remote times out, a slow consumer does not.
 * Stopping early releases the connection.
 */
export async function* readExportStream(stream: ReadableStream<Uint8Array>, deadline: Deadline, operation: string): AsyncGenerator<ExportLine> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  let lineNumber = 0;
  let ended = false;
  let finished = false;
  const call = remoteCall(operation);

  const parse = (text: string): ExportLine | undefined => {
    lineNumber += 1;
    if (text.trim() === '') return undefined;
    if (ended) failMalformed(call, `the remote sent a line after the end line (line ${lineNumber})`, [{ path: `/lines/${lineNumber}`, message: 'after end' }]);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      failMalformed(call, `the remote sent line ${lineNumber} that is not JSON`, [{ path: `/lines/${lineNumber}`, message: 'not JSON' }]);
    }
    const line = parseSupplierAnswer(call, ExportLine, json, ['lines', lineNumber]);
    ended = line.kind === 'end';
    return line;
  };

  try {
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      deadline.touch();
      try {
        chunk = await reader.read();
      } catch (error) {
        throw deadline.expired
          ? new ConnectorCallError(
              'upstream-timeout',
              `http: ${operation} failed: the export stalled for ${deadline.timeoutMs} ms after ${lineNumber} lines.`,
              {
                adapter: call.adapter,
                delivery: 'unknown',
                cause: error,
              },
            )
          : new ConnectorCallError('upstream-failure', `http: ${operation} failed: the export broke off after ${lineNumber} lines (${failureReason(error)}).`, {
              adapter: call.adapter,
              delivery: 'unknown',
              retryable: true,
              cause: error,
            });
      }
      deadline.dispose();
      if (chunk.done) break;
      pending += decoder.decode(chunk.value, { stream: true });
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const text of lines) {
        const line = parse(text);
        if (line) yield line;
      }
    }
    const rest = pending + decoder.decode();
    const last = rest === '' ? undefined : parse(rest);
    if (last) yield last;
    if (!ended) {
      failMalformed(call, `the remote sent an export cut short after ${lineNumber} lines (no end line)`, [
        { path: `/lines/${lineNumber + 1}`, message: 'missing end line' },
      ]);
    }
    finished = true;
  } finally {
    deadline.dispose();
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}

/** An import body: the lines as an NDJSON stream, with whatever made the source fail kept for the caller. */
export interface ImportBody {
  readonly stream: ReadableStream<Uint8Array>;
  /**
   * The deadline of the upload, once it has started. It is paused while the lines are read from
   * their source (the client's own upload, which may be slow) and runs while the remote has them.
   */
  deadline?: Deadline;
  /** The error the source of lines threw, if it did; it explains a failed upload better than the network error. */
  readonly failure: () => unknown;
}

export function importBody(lines: AsyncIterable<ExportLine>): ImportBody {
  const iterator = lines[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let failure: unknown;
  const readChunk = async (): Promise<{ text: string; done: boolean }> => {
    let text = '';
    while (text.length < CHUNK_BYTES) {
      const next = await iterator.next();
      if (next.done) return { text, done: true };
      text += JSON.stringify(next.value) + '\n';
    }
    return { text, done: false };
  };
  const body: ImportBody = {
    failure: () => failure,
    stream: new ReadableStream<Uint8Array>({
      async pull(controller) {
        body.deadline?.dispose();
        try {
          const { text, done } = await readChunk();
          if (text) controller.enqueue(encoder.encode(text));
          if (done) controller.close();
        } catch (error) {
          failure = error;
          controller.error(error);
        } finally {
          body.deadline?.touch();
        }
      },
      async cancel(reason) {
        await iterator.return?.(reason);
      },
    }),
  };
  return body;
}
