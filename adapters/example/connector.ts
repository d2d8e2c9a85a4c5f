/**
 * The example connector: the shortest path to a connector, over the registry simulator. It
 * claims `sources` only — the gateway answers 501 for everything else — and shows each part of
 * the connector kit once: the upstream client (deadline, retries, failure mapping, answer
 * validation), a vocabulary, contract pages over supplier token pages, and a close that is
 * harmless when repeated. See docs/connectors.md §6.
 */
import { z } from 'zod';
import type { PlumblineAdapterV1 } from '../../src/adapter/adapter-v1.js';
import { errors } from '../../src/adapter/errors.js';
import type { AdapterLogger } from '../../src/adapter/factory.js';
import type { Source, SourceRegistration } from '../../src/contract/index.js';
import {
  closeOnce,
  createUpstreamDispatcher,
  defineVocabulary,
  readContractPage,
  staticCredentials,
  UpstreamClient,
  type RetryPolicy,
} from '../../src/connectors/index.js';

export const EXAMPLE_ADAPTER_ID = 'example';
const REGISTRY_MAX_PAGE = 100;

/** The contract's source kinds in the registry's words. */
export const registerCategories = defineVocabulary('register category', {
  hr: 'PERSONNEL',
  complaints: 'COMPLAINTS',
  conduct: 'CONDUCT',
  vetting: 'VETTING',
  interests: 'INTERESTS',
  access_audit: 'ACCESS_LOG',
  attendance: 'ATTENDANCE',
  duty: 'ROSTER',
  building_access: 'DOOR_LOG',
  training: 'TRAINING',
  use_of_force: 'FORCE_REPORTS',
  intelligence: 'INTELLIGENCE',
});

/** The fields of a register the connector maps: no more, so that harmless additions pass. */
const Register = z.object({
  key: z.string(),
  category: registerCategories.supplierSchema,
  title: z.string(),
  owner: z.string(),
  legal_basis: z.string(),
  purpose: z.string(),
  keep_for: z.string(),
  extra: z.record(z.string(), z.string()).optional(),
  created: z.string(),
  modified: z.string(),
});
const RegisterPage = z.object({ registers: z.array(Register), next: z.string().nullable() });

function sourceOf(register: z.output<typeof Register>): Source {
  return {
    sourceId: register.key,
    kind: registerCategories.toContract(register.category),
    name: register.title,
    controller: register.owner,
    lawfulBasis: register.legal_basis,
    purpose: register.purpose,
    retentionPeriod: register.keep_for,
    ...(register.extra ? { extensions: register.extra } : {}),
    createdAt: register.created,
    updatedAt: register.modified,
  };
}

function registerOf(input: SourceRegistration) {
  const { kind, name, controller, lawfulBasis, purpose, retentionPeriod, extensions } = input;
  return {
    category: registerCategories.toSupplier(kind),
    title: name,
    owner: controller,
    legal_basis: lawfulBasis,
    purpose,
    keep_for: retentionPeriod,
    extra: extensions,
  };
}

export interface ExampleConnectorOptions {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  readonly logger?: AdapterLogger;
  /** Run after the connector has released its pool (stop a simulator, say). */
  readonly onClose?: () => Promise<void>;
}

export function createExampleAdapter(options: ExampleConnectorOptions): PlumblineAdapterV1 {
  const dispatcher = createUpstreamDispatcher();
  const client = new UpstreamClient({
    adapter: EXAMPLE_ADAPTER_ID,
    baseUrl: options.baseUrl,
    dispatcher,
    timeoutMs: options.timeoutMs,
    retry: options.retry,
    credentials: staticCredentials({ 'x-registry-key': options.apiKey }),
    logger: options.logger,
  });
  const registerPath = (sourceId: string) => `/api/registers/${encodeURIComponent(sourceId)}`;
  const notSupported = () => Promise.reject(errors.unsupported('records.ingest', EXAMPLE_ADAPTER_ID));

  return {
    specificationVersion: 'v1',
    identity: { id: EXAMPLE_ADAPTER_ID, name: 'Example registry connector', version: '0.1.0', vendor: 'Plumbline (docs/connectors.md §6)' },
    capabilities: ['sources'],
    sources: {
      async putSource(sourceId, input, context) {
        // PUT replaces the register: repeating it is harmless, so the kit may retry it.
        const answer = await client.request({
          method: 'PUT',
          path: registerPath(sourceId),
          json: registerOf(input),
          operation: 'registering a source',
          schema: Register,
          signal: context.signal,
        });
        return { source: sourceOf(answer.body), created: answer.status === 201 };
      },
      async getSource(sourceId, context) {
        const clientFaults = { 404: `No source "${sourceId}".` };
        return sourceOf(
          (
            await client.request({
              method: 'GET',
              path: registerPath(sourceId),
              operation: 'reading a source',
              clientFaults,
              schema: Register,
              signal: context.signal,
            })
          ).body,
        );
      },
      async listSources(page, context) {
        const call = { adapter: EXAMPLE_ADAPTER_ID, operation: 'listing sources' };
        const fetchPage = async (pageToken: string | undefined, pageSize: number) => {
          const query = { page_size: pageSize, page_token: pageToken };
          const { body } = await client.request({
            method: 'GET',
            path: '/api/registers',
            query,
            operation: call.operation,
            schema: RegisterPage,
            signal: context.signal,
          });
          return { items: body.registers.map(sourceOf), nextPageToken: body.next ?? undefined };
        };
        return readContractPage({ call, cursor: page.cursor, limit: page.limit, maxPageSize: REGISTRY_MAX_PAGE, fetchPage });
      },
      ingestRecords: notSupported,
      getRecord: notSupported,
      eraseRecord: notSupported,
    },
    async checkReady() {
      await client.request({ method: 'GET', path: '/api/registers', query: { page_size: 1 }, operation: 'checking the registry', schema: RegisterPage });
    },
    close: closeOnce(async () => {
      await dispatcher.close();
      await options.onClose?.();
    }),
  };
}
