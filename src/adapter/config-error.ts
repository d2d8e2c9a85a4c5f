/**
 * A setting that is missing or wrong, found at start-up. Adapters throw it for their own settings
 * (`PLUMBLINE_<ADAPTER>_…`) as the gateway's configuration does for its own, so every start-up
 * failure reads the same: each problem names the setting and what would fix it.
 */
export class ConfigError extends Error {
  /** One line per bad setting, each naming it. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
