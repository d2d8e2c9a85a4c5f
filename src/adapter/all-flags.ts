/**
 * Every flag an adapter holds, page after page, through the public adapter interface: what a
 * client of any adapter does to read them all (the benchmark's scoring, the fairness audit).
 */
import type { Flag, FlagQuery } from '../contract/index.js';
import type { PlumblineAdapterV1 } from './adapter-v1.js';
import type { OperationContext } from './context.js';
import { errors } from './errors.js';

export async function allFlags(adapter: PlumblineAdapterV1, context: OperationContext, query: FlagQuery = {}): Promise<Flag[]> {
  if (!adapter.flagging) throw errors.unsupported('flagging', adapter.identity.id);
  const flags: Flag[] = [];
  let cursor: string | undefined;
  do {
    const page = await adapter.flagging.listFlags(query, { cursor, limit: 500 }, context);
    flags.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return flags;
}
