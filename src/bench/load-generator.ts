/**
 * A load generator in its own process (so it does not share the server's event loop): autocannon
 * against one URL or a rotating list of paths, printing one JSON line with throughput and latency.
 * Usage: node load-generator.js '{"url":"http://127.0.0.1:8080","paths":["/v1/meta"],"seconds":5,"connections":2}'
 */
import autocannon from 'autocannon';

export interface LoadSettings {
  readonly url: string;
  readonly paths: readonly string[];
  readonly seconds: number;
  readonly connections: number;
  readonly headers?: Record<string, string>;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
}

async function main(settings: LoadSettings): Promise<void> {
  let next = 0;
  const result = await autocannon({
    url: settings.url,
    connections: settings.connections,
    duration: settings.seconds,
    headers: settings.headers,
    requests: [
      {
        setupRequest: (request: { path?: string }) => {
          request.path = settings.paths[next++ % settings.paths.length];
          return request;
        },
      },
    ],
  });
  const summary: LoadResult = {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
  process.stdout.write(JSON.stringify(summary) + '\n');
}

await main(JSON.parse(process.argv[2]) as LoadSettings);
