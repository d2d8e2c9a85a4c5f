/**
 * Runs the CLI as `npx plumbline` does; shared by the CLI tests. The compiled copy starts in a
 * fraction of the time tsx needs to transform the sources, so it is used whenever it is at least
 * as new as every source file (as after `npm ci`, which builds it); otherwise the sources run
 * through tsx, so a test never exercises stale code.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

const compiledMain = join(root, 'dist/src/cli/main.js');

/** The newest modification time of the TypeScript sources compiled into dist/. */
function newestSourceTime(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    // Tests are not compiled into dist/, so editing one does not make the compiled copy stale.
    if (entry.name === 'node_modules' || entry.name === 'test' || entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent(): boolean {
  try {
    const built = statSync(compiledMain).mtimeMs;
    return ['src', 'adapters', 'contract-tests'].every((directory) => newestSourceTime(join(root, directory)) <= built);
  } catch {
    return false;
  }
}

/** The node arguments that start the CLI: the compiled copy when current, else the sources through tsx. */
export const cliEntry: readonly string[] = compiledIsCurrent() ? [compiledMain] : ['--import', 'tsx', join(root, 'src/cli/main.ts')];

export async function plumbline(args: string[], environment: Record<string, string> = {}) {
  const result = await promisify(execFile)(process.execPath, [...cliEntry, ...args], {
    cwd: root,
    env: { ...process.env, ...environment },
  }).catch((error) => error);
  return { code: (result.code as number | undefined) ?? 0, stdout: result.stdout as string, stderr: result.stderr as string };
}

/** A `plumbline` process left running (a gateway), with its stderr as it arrives. */
export interface RunningPlumbline {
  readonly child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves with the first match of `pattern` in stderr; rejects if the process exits first or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves with the exit code once the process has exited. */
  exited(): Promise<number | null>;
}

export function startPlumbline(args: string[], environment: Record<string, string> = {}, cwd = root): RunningPlumbline {
  const child = spawn(process.execPath, [...cliEntry, ...args], {
    cwd,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let text = '';
  const exit = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return {
    child,
    stderr: () => text,
    exited: () => exit,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(() => reject(new Error(`no ${pattern} in stderr within ${timeoutMs} ms:\n${text}`))), timeoutMs);
        const check = () => {
          const match = text.match(pattern);
          if (match) finish(() => resolve(match));
        };
        const onExit = () => finish(() => reject(new Error(`exited before ${pattern} appeared:\n${text}`)));
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          child.stderr!.off('data', check);
          child.off('close', onExit);
          settle();
        };
        child.stderr!.on('data', check);
        child.once('close', onExit);
        check();
      });
    },
  };
}
