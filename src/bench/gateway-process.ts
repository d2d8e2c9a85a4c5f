/**
 * A real gateway process (`plumbline serve`) for checks and benchmarks that must measure or kill
 * what is deployed, not an in-process copy: started with its settings in the environment and
 * ready once it prints the address it listens on.
 */
import { spawn } from 'node:child_process';

export interface GatewayProcess {
  /** Where it listens, as it printed. */
  readonly url: string;
  /** Sends a signal and resolves once the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Starts `plumbline serve` (`command` is the executable and its first arguments) with `environment` added. */
export async function startGatewayProcess(command: readonly string[], environment: Record<string, string>): Promise<GatewayProcess> {
  const [executable, ...args] = command;
  const child = spawn(executable, [...args, 'serve'], { env: { ...process.env, ...environment }, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let text = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = text.match(/Plumbline gateway on (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    child.once('close', () => reject(new Error(`the gateway stopped before it was ready:\n${text}`)));
  });
  return {
    url,
    async kill(signal) {
      child.kill(signal);
      await exited;
    },
  };
}
