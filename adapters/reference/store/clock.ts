/** The engine's notion of now, injectable so tests can pin timestamps. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** RFC 3339 with milliseconds, always UTC. */
export function timestamp(clock: Clock): string {
  return clock().toISOString();
}
