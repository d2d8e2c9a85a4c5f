/** Runs the CLI from source, as `npx plumbline` runs the compiled copy; shared by the CLI tests. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

export async function plumbline(args: string[], environment: Record<string, string> = {}) {
  const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
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
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
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
