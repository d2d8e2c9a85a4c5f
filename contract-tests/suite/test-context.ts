/**
 * What a test gets: the typed client for the target, helpers over it, the target's meta, unique
 * ids, and shared fixtures. One `SuiteSession` lives for one run of the suite against one target.
 */
import type { PlumblineClient } from '../../src/client/index.js';
import type { Capability, Meta } from '../../src/contract/index.js';
import { clientFor, type ConformanceTarget } from '../harness/target.js';
import { SkipTest } from './failure.js';
import { TargetApi } from './target-api.js';
import { inventPerson, UniqueIds, type Person } from './unique.js';

export interface TestContext {
  readonly client: PlumblineClient;
  readonly api: TargetApi;
  /** The target's `GET /v1/meta`, read once per run. */
  readonly meta: Meta;
  readonly target: ConformanceTarget;
  /** Ids unique to this test (or fixture). */
  readonly ids: UniqueIds;
  /** An invented person with unique identifiers and an unusual name. */
  person(label: string): Person;
  claims(capability: Capability): boolean;
  /** Ends the test as skipped, with the reason. */
  skip(reason: string): never;
  /** Ends the test as `not-offered`: what it checks is something the target declines. */
  notOffered(reason: string): never;
  /** A setup shared by several tests: made by the first test that asks, once per run. */
  fixture<Value>(name: string, setup: (context: TestContext) => Promise<Value>): Promise<Value>;
}

export class SuiteSession {
  private readonly fixtures = new Map<string, Promise<unknown>>();
  readonly client: PlumblineClient;
  readonly api: TargetApi;

  constructor(
    readonly target: ConformanceTarget,
    readonly meta: Meta,
  ) {
    this.client = clientFor(target);
    this.api = new TargetApi(this.client);
  }

  /** A context with its own ids; fixtures are shared across every context of the session. */
  context(): TestContext {
    const claimed = new Set<string>(this.meta.capabilities);
    return {
      client: this.client,
      api: this.api,
      meta: this.meta,
      target: this.target,
      ids: new UniqueIds(),
      person: inventPerson,
      claims: (capability) => claimed.has(capability),
      skip(reason): never {
        throw new SkipTest(reason);
      },
      notOffered(reason): never {
        throw new SkipTest(reason, 'not-offered');
      },
      // An arrow function: `this` is the session, whose fixtures every context shares.
      fixture: <Value>(name: string, setup: (context: TestContext) => Promise<Value>): Promise<Value> => {
        let made = this.fixtures.get(name) as Promise<Value> | undefined;
        if (!made) {
          made = setup(this.context());
          this.fixtures.set(name, made);
        }
        return made;
      },
    };
  }
}
