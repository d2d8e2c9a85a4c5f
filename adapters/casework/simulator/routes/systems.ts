/**
 * Systems (sources) and their entries (records): register and read systems, read and delete one
 * entry. Entries arrive only through ingest jobs.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ReferenceAdapter } from '../../../reference/index.js';
import { systemContext } from '../../../../src/adapter/context.js';
import { registrationFromSystemInput, systemFromSource } from '../../model/sources.js';
import { entryFromRecord } from '../../model/records.js';
import { deletionReasons, systemTypes } from '../../model/vocabularies.js';
import { listAnswer, pageQuery, parsePart } from './request-parts.js';

const context = systemContext('casework-simulator');

const SystemInput = z.object({
  system_type: systemTypes.supplierSchema,
  display_name: z.string().min(1).max(200),
  data_controller: z.string().min(1).max(200),
  legal_basis: z.string().min(1).max(500),
  processing_purpose: z.string().min(1).max(500),
  retention_period: z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/),
  custom_fields: z.record(z.string().regex(/^x-[a-z0-9]+-[a-zA-Z0-9-]+$/), z.unknown()).optional(),
});
const SystemPath = z.object({ system_ref: z.string().regex(/^[A-Za-z0-9._:~-]{1,200}$/) });
const EntryPath = SystemPath.extend({ entry_ref: z.string().min(1).max(200) });

export function systemRoutes(app: FastifyInstance, engine: ReferenceAdapter): void {
  app.put('/api/v3/systems/:system_ref', async (request, reply) => {
    const { system_ref: systemRef } = parsePart(SystemPath, request.params, 'path');
    const input = parsePart(SystemInput, request.body, 'body');
    const { source, created } = await engine.sources.putSource(systemRef, registrationFromSystemInput(input), context);
    return reply.code(created ? 201 : 200).send(systemFromSource(source));
  });

  app.get('/api/v3/systems/:system_ref', async (request) => {
    const { system_ref: systemRef } = parsePart(SystemPath, request.params, 'path');
    return systemFromSource(await engine.sources.getSource(systemRef, context));
  });

  app.get('/api/v3/systems', async (request) => listAnswer(await engine.sources.listSources(pageQuery(request.query), context), systemFromSource));

  app.get('/api/v3/systems/:system_ref/entries/:entry_ref', async (request) => {
    const { system_ref: systemRef, entry_ref: entryRef } = parsePart(EntryPath, request.params, 'path');
    const stored = await engine.sources.getRecord(systemRef, entryRef, context);
    return { system_ref: stored.sourceId, received_at: stored.ingestedAt, person_ref: stored.subjectId, entry: entryFromRecord(stored.record) };
  });

  app.delete('/api/v3/systems/:system_ref/entries/:entry_ref', async (request) => {
    const { system_ref: systemRef, entry_ref: entryRef } = parsePart(EntryPath, request.params, 'path');
    const { reason } = parsePart(z.object({ reason: deletionReasons.supplierSchema.default('RETENTION_EXPIRED') }), request.query, 'query');
    const erasure = await engine.sources.eraseRecord(systemRef, entryRef, deletionReasons.toContract(reason), context);
    return { system_ref: erasure.sourceId, entry_ref: erasure.recordId, reason, deleted_at: erasure.erasedAt };
  });
}
