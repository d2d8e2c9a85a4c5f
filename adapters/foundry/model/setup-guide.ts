/**
 * Renders the published ontology definition as the admin's setup tables in docs/connectors.md, so
 * the guide cannot drift from what the connector checks and the simulator serves: the docs hold
 * the rendered text between markers, a test compares it, and
 * `npx tsx adapters/foundry/model/setup-guide.ts --write` refreshes it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ontologyDefinition, requiredScopes, type ParameterDefinition, type PropertyDefinition, type PropertyType } from './definition.js';
import * as vocabularies from './vocabularies.js';

/** The markers around the rendered text in docs/connectors.md. */
export const GUIDE_START = '<!-- foundry-ontology:start (rendered from adapters/foundry/model/definition.ts) -->';
export const GUIDE_END = '<!-- foundry-ontology:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

function typeOf(type: PropertyType | ParameterDefinition['type'], format?: 'json'): string {
  if (typeof type === 'object') {
    if ('struct' in type)
      return `struct { ${Object.entries(type.struct)
        .map(([name, field]) => `${name}: ${field}`)
        .join(', ')} }`;
    return `object reference → ${type.objectReference}`;
  }
  return format === 'json' ? `${type} (JSON)` : type;
}

/** The values a `oneOf` constraint allows, from the named vocabulary. */
function valuesOf(vocabulary: string | readonly string[]): string {
  if (typeof vocabulary !== 'string') return vocabulary.map((value) => `\`${value}\``).join(', ');
  const found = (vocabularies as Record<string, { supplierValues?: readonly string[] }>)[vocabulary];
  if (!found?.supplierValues) throw new Error(`no vocabulary ${vocabulary}`);
  return found.supplierValues.map((value) => `\`${value}\``).join(', ');
}

/** The setup tables, in Markdown. */
export function renderSetupGuide(): string {
  const lines: string[] = [];
  lines.push(`Scopes of the OAuth client: ${requiredScopes.map((scope) => `\`${scope}\``).join(', ')}.`, '');
  lines.push('#### Object types', '');
  for (const [apiName, objectType] of Object.entries(ontologyDefinition.objectTypes)) {
    lines.push(
      `**\`${apiName}\`** (${objectType.displayName}): ${objectType.description} Primary key \`${objectType.primaryKey}\`, title \`${objectType.titleProperty}\`.`,
      '',
    );
    lines.push('| property | type | required | searchable | meaning |', '|---|---|---|---|---|');
    for (const [name, property] of Object.entries(objectType.properties) as [string, PropertyDefinition][]) {
      const searchable = property.searchOnly ? 'yes (search only)' : property.searchable ? 'yes' : '';
      lines.push(
        `| \`${name}\` | ${typeOf(property.type, property.format)} | ${property.required ? 'yes' : ''} | ${searchable} | ${cell(property.description)} |`,
      );
    }
    lines.push('');
  }
  lines.push('#### Link types', '', '| link (API name, from → to) | foreign key on the target | cardinality |', '|---|---|---|');
  for (const link of ontologyDefinition.linkTypes)
    lines.push(`| \`${link.apiName}\`: ${link.from} → ${link.to} | \`${link.to}.${link.foreignKey}\` | ${link.cardinality} |`);
  lines.push('', '#### Action types', '');
  for (const [apiName, action] of Object.entries(ontologyDefinition.actionTypes)) {
    const criteria = action.submissionCriteria as readonly string[];
    lines.push(
      `**\`${apiName}\`** (logic: ${action.logic === 'function' ? 'a Function with ontology edits' : 'ontology rules'}): ${action.description} Edits: ${action.edits}`,
    );
    lines.push(
      `Submission criteria (failure message shown to the client): ${criteria.length > 0 ? criteria.map((criterion) => `“${criterion}”`).join('; ') : 'none.'}`,
      '',
    );
    lines.push('| parameter | type | required | values | meaning |', '|---|---|---|---|---|');
    for (const [name, parameter] of Object.entries(action.parameters) as [string, ParameterDefinition][]) {
      lines.push(
        `| \`${name}\` | ${typeOf(parameter.type, parameter.format)} | ${parameter.required ? 'yes' : ''} | ${parameter.oneOf ? valuesOf(parameter.oneOf) : ''} | ${cell(parameter.description)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

/** `text` with the rendered guide between the markers (which must be present). */
export function withSetupGuide(text: string): string {
  const start = text.indexOf(GUIDE_START);
  const end = text.indexOf(GUIDE_END);
  if (start < 0 || end < start) throw new Error('docs/connectors.md lacks the foundry-ontology markers');
  return `${text.slice(0, start + GUIDE_START.length)}\n\n${renderSetupGuide()}\n\n${text.slice(end)}`;
}

if (process.argv.includes('--write')) {
  const path = 'docs/connectors.md';
  writeFileSync(path, withSetupGuide(readFileSync(path, 'utf8')));
}
