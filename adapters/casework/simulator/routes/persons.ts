/**
 * Persons (consolidated subjects): list, read one (a merged person is a stub pointing at the
 * survivor), and the links that explain a person. Person resolution itself is a job. The person
 * directory is browse-only in API v3: searching persons is a feature of the platform's own
 * screens, not of its integration API, so there is no name or identifier filter here.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ReferenceAdapter } from '../../../reference/index.js';
import { systemContext } from '../../../../src/adapter/context.js';
import { personFromLookup, personLinkFromLink, personSummaryFromSubject } from '../../model/persons.js';
import { listAnswer, pageQuery, parsePart } from './request-parts.js';

const context = systemContext('casework-simulator');
const PersonPath = z.object({ person_ref: z.string().min(1).max(200) });

export function personRoutes(app: FastifyInstance, engine: ReferenceAdapter): void {
  app.get('/api/v3/persons', async (request) =>
    listAnswer(await engine.consolidation.listSubjects({}, pageQuery(request.query), context), personSummaryFromSubject),
  );

  app.get('/api/v3/persons/:person_ref', async (request) => {
    const { person_ref: personRef } = parsePart(PersonPath, request.params, 'path');
    return personFromLookup(personRef, await engine.consolidation.getSubject(personRef, context));
  });

  app.get('/api/v3/persons/:person_ref/links', async (request) => {
    const { person_ref: personRef } = parsePart(PersonPath, request.params, 'path');
    return listAnswer(await engine.consolidation.listLinks(personRef, pageQuery(request.query), context), personLinkFromLink);
  });
}
