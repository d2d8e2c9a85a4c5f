/** Export and import over HTTP, streamed both ways. */
import type { PortabilityV1 } from '../../src/adapter/portability-v1.js';
import { Run } from '../../src/contract/index.js';
import { importBody, NDJSON_CONTENT_TYPE, readExportStream } from './ndjson-stream.js';
import type { RemoteCaller } from './remote-caller.js';

export function httpPortability(caller: RemoteCaller): PortabilityV1 {
  const { client } = caller;
  return {
    async *exportAll(context) {
      // Only opening the stream is retried; once lines have been handed on, a break is an error.
      const { stream, deadline } = await caller.stream({ operation: 'exportAll', safety: 'idempotent', context }, (init) =>
        client.GET('/v1/export', { ...init }),
      );
      yield* readExportStream(stream, deadline, 'exportAll');
    },

    // Never repeated: the body is a one-time stream, and the first attempt may have been applied.
    async startImport(lines, context) {
      const body = importBody(lines);
      try {
        return await caller.value({ operation: 'startImport', safety: 'once', context }, Run, (init, deadline) => {
          body.deadline = deadline;
          return client.POST('/v1/imports', {
            ...init,
            headers: { ...init.headers, 'content-type': NDJSON_CONTENT_TYPE },
            body: body.stream as never,
            bodySerializer: (stream: unknown) => stream,
            duplex: 'half',
          });
        });
      } catch (error) {
        throw body.failure() ?? error;
      }
    },
  };
}
