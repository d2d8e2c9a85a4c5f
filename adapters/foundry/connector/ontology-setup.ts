/**
 * The readiness check: the platform's ontology must hold every object type (with its primary
 * key), link type and action type (with its parameters) the connector uses, as the published
 * ontology definition declares them. A missing one would otherwise surface as a 502 on the first
 * request that needs it; here it is named at start-up, with what the admin must add.
 */
import { ConnectorCallError } from '../../../src/connectors/index.js';
import { ontologyDefinition } from '../model/definition.js';
import { FOUNDRY_ADAPTER_ID } from './mapping/known.js';
import type { FullMetadataAnswer } from './wire.js';
import type { z } from 'zod';

/** What the platform's ontology lacks of the definition, in words; empty when nothing. */
export function missingFromOntology(metadata: z.output<typeof FullMetadataAnswer>): string[] {
  const missing: string[] = [];
  for (const [apiName, declared] of Object.entries(ontologyDefinition.objectTypes)) {
    const found = metadata.objectTypes[apiName];
    if (!found) {
      missing.push(`object type ${apiName}`);
      continue;
    }
    if (found.objectType.primaryKey !== declared.primaryKey) missing.push(`${apiName} keyed by ${declared.primaryKey}`);
    for (const property of Object.keys(declared.properties)) if (!(property in found.objectType.properties)) missing.push(`property ${apiName}.${property}`);
    const links = new Set(found.linkTypes.map((link) => link.apiName));
    for (const link of ontologyDefinition.linkTypes.filter((candidate) => candidate.from === apiName))
      if (!links.has(link.apiName)) missing.push(`link type ${apiName}.${link.apiName}`);
  }
  for (const [apiName, declared] of Object.entries(ontologyDefinition.actionTypes)) {
    const found = metadata.actionTypes[apiName];
    if (!found) {
      missing.push(`action type ${apiName}`);
      continue;
    }
    for (const parameter of Object.keys(declared.parameters)) if (!(parameter in found.parameters)) missing.push(`parameter ${apiName}.${parameter}`);
  }
  return missing;
}

/** Throws a 502 naming what is missing, or returns when the ontology holds everything the connector uses. */
export function checkOntologySetup(metadata: z.output<typeof FullMetadataAnswer>): void {
  const missing = missingFromOntology(metadata);
  if (missing.length === 0) return;
  const shown = missing.slice(0, 12).join(', ') + (missing.length > 12 ? ` and ${missing.length - 12} more` : '');
  throw new ConnectorCallError(
    'upstream-failure',
    `${FOUNDRY_ADAPTER_ID}: the ontology "${metadata.ontology.apiName}" lacks what the connector uses (${shown}); see docs/connectors.md.`,
    {
      adapter: FOUNDRY_ADAPTER_ID,
      delivery: 'answered',
    },
  );
}
