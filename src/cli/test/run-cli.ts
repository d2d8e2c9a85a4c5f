/** Runs the CLI from source, as `npx plumbline` runs the compiled copy; shared by the CLI tests. */
import { execFile } from 'node:child_process';
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
