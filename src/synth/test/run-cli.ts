/** Runs the CLI from source, as `npx plumbline` runs the compiled copy. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export async function runPlumbline(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root }).catch((error) => error);
  return { code: (result.code as number | undefined) ?? 0, stdout: result.stdout as string, stderr: result.stderr as string };
}
