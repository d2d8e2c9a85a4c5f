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
