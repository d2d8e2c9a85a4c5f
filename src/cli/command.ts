/** The shape of a `plumbline` sub-command. */
export interface Command {
  /** The word after `plumbline`. */
  readonly name: string;
  /** One line for `plumbline --help`. */
  readonly summary: string;
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
