/**
 * Starts a worker thread on a module of this package. From compiled JavaScript the module loads
 * directly; from TypeScript sources (tests, `tsx`) the worker first registers tsx's loader, since
 * a worker does not inherit the parent's.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

export function startWorker(moduleUrl: URL, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl, { workerData, resourceLimits });
  // Resolved here, not in the worker, so it works whatever the process's working directory.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}
