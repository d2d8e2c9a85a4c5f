/**
 * The simulator's `fullMetadata` answer, built from the published ontology definition and typed
 * with Palantir's `OntologyFullMetadata`, so the metadata the simulator serves has the real shape
 * and the same content an admin builds from docs/connectors.md.
 */
import type { ActionParameterType, ActionParameterV2, ObjectPropertyType, OntologyFullMetadata, PropertyV2 } from '@osdk/foundry.ontologies';
import { ontologyDefinition, type ParameterDefinition, type PropertyType } from '../model/definition.js';

const rid = (kind: string, name: string) => `ri.ontology.main.${kind}.${name}`;

function propertyType(type: PropertyType): ObjectPropertyType {
  if (typeof type === 'object') {
    return {
      type: 'struct',
      structFieldTypes: Object.entries(type.struct).map(([apiName, fieldType]) => ({
        apiName,
        rid: rid('struct-field', apiName),
        dataType: { type: fieldType },
        typeClasses: [],
      })),
    };
  }
  if (type === 'array<string>') return { type: 'array', subType: { type: 'string' }, reducers: [] };
  return { type };
}

function parameterType(type: ParameterDefinition['type']): ActionParameterType {
  if (typeof type === 'object') return { type: 'object', objectApiName: type.objectReference, objectTypeApiName: type.objectReference };
  return { type };
}

/** The ontology's full metadata, as the platform answers `GET …/fullMetadata`. */
export function fullMetadata(ontology: string): OntologyFullMetadata {
  const objectTypes: OntologyFullMetadata['objectTypes'] = {};
  for (const [apiName, definition] of Object.entries(ontologyDefinition.objectTypes)) {
    const properties: Record<string, PropertyV2> = {};
    for (const [name, property] of Object.entries(definition.properties)) {
      properties[name] = {
        description: property.description,
        dataType: propertyType(property.type),
        rid: rid('property', `${apiName}.${name}`),
        typeClasses: [],
      };
    }
    objectTypes[apiName] = {
      objectType: {
        apiName,
        displayName: definition.displayName,
        status: 'ACTIVE',
        description: definition.description,
        pluralDisplayName: `${definition.displayName}s`,
        icon: { type: 'blueprint', name: 'cube', color: '#4C90F0' },
        primaryKey: definition.primaryKey,
        properties,
        rid: rid('object-type', apiName),
        titleProperty: definition.titleProperty,
      },
      linkTypes: ontologyDefinition.linkTypes
        .filter((link) => link.from === apiName)
        .map((link) => ({
          apiName: link.apiName,
          displayName: link.apiName,
          status: 'ACTIVE',
          objectTypeApiName: link.to,
          cardinality: link.cardinality,
          linkTypeRid: rid('link-type', link.apiName),
        })),
      implementsInterfaces: [],
      implementsInterfaces2: {},
      sharedPropertyTypeMapping: {},
    };
  }
  const actionTypes: OntologyFullMetadata['actionTypes'] = {};
  for (const [apiName, definition] of Object.entries(ontologyDefinition.actionTypes)) {
    const parameters: Record<string, ActionParameterV2> = {};
    for (const [name, parameter] of Object.entries(definition.parameters) as [string, ParameterDefinition][]) {
      parameters[name] = {
        displayName: name,
        description: parameter.description,
        dataType: parameterType(parameter.type),
        required: parameter.required,
        typeClasses: [],
      };
    }
    actionTypes[apiName] = {
      apiName,
      description: definition.description,
      displayName: apiName,
      status: 'ACTIVE',
      parameters,
      rid: rid('action-type', apiName),
      operations: [],
    };
  }
  return {
    ontology: {
      apiName: ontology,
      displayName: 'Plumbline professional standards',
      description: 'Plumbline’s ontology (docs/connectors.md).',
      rid: rid('ontology', ontology),
    },
    objectTypes,
    actionTypes,
    queryTypes: {},
    interfaceTypes: {},
    sharedPropertyTypes: {},
    valueTypes: {},
  };
}
