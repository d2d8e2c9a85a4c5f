/** What the gateway tells an adapter about the request it is serving. */
export interface OperationContext {
  /** Who is asking: the authenticated principal, used for reviews, overrides and supplier audit. */
  readonly actor: string;
  /** The stated justification (a purpose or case reference) when the request consults personal data. */
  readonly justification?: string;
  /** Aborted when the client goes away or the gateway shuts down; long calls should stop early. */
  readonly signal?: AbortSignal;
}

/** A context for work the system does on its own behalf (demo load, benchmarks, tests). */
export function systemContext(actor = 'system'): OperationContext {
  return { actor };
}
