import { ConfigError } from '../adapter/config-error.js';
import { loadGatewayConfig, type GatewayConfig } from '../config/gateway-config.js';

/** The shape of a `plumbline` sub-command (its name and summary are in main.ts, which loads it when it runs). */
export interface Command {
  /** Full usage text for `plumbline <name> --help`. */
  readonly usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** A usage mistake: printed with the command's usage and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The command could not start or finish for a reason the user can fix (a busy port, a file that
 * cannot be written): printed alone, without usage or stack trace, with exit code 1. The message
 * says what is wrong and which setting fixes it.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/**
 * The gateway's configuration from the environment and the command's options; a bad setting is a
 * usage mistake (exit code 2, the message naming each setting), not a crash.
 */
export function readGatewayConfig(options: Parameters<typeof loadGatewayConfig>[1] = {}): GatewayConfig {
  try {
    return loadGatewayConfig(process.env, options);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
