/**
 * The ontology the connector needs on the platform, as data: every object type (primary key,
 * title, properties with their platform types), link type (with its foreign key) and action type
 * (parameters, submission criteria, the logic behind it). A Foundry admin builds the ontology from
 * this (docs/connectors.md renders it as a setup guide); the simulator serves it as its metadata;
 * the connector's readiness check compares the platform's metadata against it.
 *
 * Foundry properties have no map type, so the contract's open maps and lists of records are
 * declared as strings holding JSON (`format: 'json'`), written and read as such on both sides; a
 * fixed-shape nested value is a declared struct.
 */

/** A property's type on the platform. */
export type PropertyType =
  | 'string'
  | 'integer'
  | 'double'
  | 'boolean'
  | 'timestamp'
  | 'date'
  | 'array<string>'
  | { readonly struct: Readonly<Record<string, 'string' | 'double' | 'integer'>> };

/** One property of an object type. */
export interface PropertyDefinition {
  readonly type: PropertyType;
  /** A string holding JSON of the shape `description` states. */
  readonly format?: 'json';
  /** Searchable (indexed for the search the connector makes). */
  readonly searchable?: true;
  /** Kept for search only: the connector never reads it from an object. */
  readonly searchOnly?: true;
  /** Always present (a required property); absent means it may be null. */
  readonly required?: true;
  readonly description: string;
}

/** One object type. */
export interface ObjectTypeDefinition {
  readonly displayName: string;
  readonly primaryKey: string;
  readonly titleProperty: string;
  readonly description: string;
  readonly properties: Readonly<Record<string, PropertyDefinition>>;
}

/** One link type, read from `from` (`GET …/objects/{from}/{key}/links/{apiName}`). */
export interface LinkTypeDefinition {
  readonly apiName: string;
  readonly from: string;
  readonly to: string;
  /** The property of `to` holding `from`'s primary key. */
  readonly foreignKey: string;
  readonly cardinality: 'MANY';
}

/** One action parameter. */
export interface ParameterDefinition {
  readonly type: 'string' | 'integer' | 'date' | 'attachment' | { readonly objectReference: string };
  readonly required: boolean;
  readonly format?: 'json';
  /** The values allowed (a `oneOf` constraint): a vocabulary of vocabularies.ts by name, or the values themselves. */
  readonly oneOf?: string | readonly string[];
  readonly description: string;
}

/** One action type. */
export interface ActionTypeDefinition {
  readonly description: string;
  readonly parameters: Readonly<Record<string, ParameterDefinition>>;
  /** Failure messages of the submission criteria; a failed one is the contract's 409. */
  readonly submissionCriteria: readonly string[];
  /** What the platform runs: plain ontology rules, or a Function (TypeScript) with ontology edits. */
  readonly logic: 'rules' | 'function';
  /** What it changes, for the admin building it. */
  readonly edits: string;
}

const text = (description: string, extra: Partial<PropertyDefinition> = {}): PropertyDefinition => ({ type: 'string', required: true, description, ...extra });
const optionalText = (description: string, extra: Partial<PropertyDefinition> = {}): PropertyDefinition => ({ type: 'string', description, ...extra });
const time = (description: string): PropertyDefinition => ({ type: 'timestamp', required: true, description });
const json = (description: string, required = true): PropertyDefinition => ({
  type: 'string',
  format: 'json',
  description,
  ...(required ? { required: true } : {}),
});
const identity = {
  staffNo: optionalText('Staff number.'),
  collarNo: optionalText('Collar (warrant) number.'),
  payrollRef: optionalText('Payroll reference.'),
  nino: optionalText('National Insurance number.'),
  loginId: optionalText('Login id.'),
  forename: optionalText('Forename.'),
  surname: optionalText('Surname.'),
  birthDate: optionalText('Date of birth, as the source gave it.'),
  postalCode: optionalText('Postcode.'),
  emailAddress: optionalText('Email address.'),
} as const;
const key = (description: string): ParameterDefinition => ({ type: 'string', required: true, description });
const requestKey: ParameterDefinition = {
  type: 'string',
  required: false,
  description: 'A key the connector sends to find what the action created after a lost answer; store it on the created object.',
};

/** The ontology, as data. */
export const ontologyDefinition = {
  objectTypes: {
    DataSource: {
      displayName: 'Data source',
      primaryKey: 'sourceKey',
      titleProperty: 'displayName',
      description: 'A registered source system.',
      properties: {
        sourceKey: text('The source id.'),
        displayName: text('Name.'),
        sourceCategory: text('Kind of source (vocabulary sourceCategories).'),
        dataController: text('Data controller.'),
        legalBasis: text('Lawful basis.'),
        processingPurpose: text('Purpose.'),
        retentionPeriod: text('ISO 8601 duration.'),
        registeredAt: time('First registered.'),
        modifiedAt: time('Last registered.'),
        vendorExtensions: json('Vendor extensions: a JSON object.', false),
      },
    },
    SourceRecord: {
      displayName: 'Source record',
      primaryKey: 'recordKey',
      titleProperty: 'recordKey',
      description: 'A record as its source said it; keyed `sourceKey|externalId`.',
      properties: {
        recordKey: text('`sourceKey|externalId`.'),
        sourceKey: text('Its source.'),
        externalId: text('Its id in the source.'),
        recordClass: text('Record class (vocabulary recordClasses).'),
        eventTime: time('When it happened.'),
        receivedAt: time('When it was ingested.'),
        personKey: optionalText('The person it belongs to (foreign key of link personRecords).'),
        ...identity,
        attributes: json('The class-specific attributes: a JSON object.'),
      },
    },
    IngestBatch: {
      displayName: 'Ingest batch',
      primaryKey: 'batchKey',
      titleProperty: 'batchKey',
      description: 'The receipt of one ingest-records request.',
      properties: {
        batchKey: text('The key the connector sent.'),
        sourceKey: text('Its source.'),
        appliedAt: time('When applied.'),
        outcomes: json('Each record’s outcome: a JSON array of {position, externalId?, outcome, problems?[{path, message}]}.'),
      },
    },
    ErasureNotice: {
      displayName: 'Erasure notice',
      primaryKey: 'noticeKey',
      titleProperty: 'noticeKey',
      description: 'The receipt of one erasure.',
      properties: {
        noticeKey: text('The key the connector sent.'),
        sourceKey: text('Source of the erased record.'),
        externalId: text('Id of the erased record.'),
        erasureReason: text('Reason (vocabulary erasureReasons).'),
        erasedAt: time('When erased.'),
      },
    },
    PlumblinePerson: {
      displayName: 'Person',
      primaryKey: 'personKey',
      titleProperty: 'personKey',
      description: 'A consolidated person (a subject).',
      properties: {
        personKey: text('The subject id.'),
        mergedKeys: { type: 'array<string>', searchable: true, description: 'Ids of persons merged into this one (searched with `contains`).' },
        recordTotal: { type: 'integer', required: true, description: 'Records linked.' },
        lastChanged: time('Last changed.'),
        ...identity,
        knownNames: {
          type: 'array<string>',
          searchable: true,
          searchOnly: true,
          description: 'Every name of its records, for `containsAllTermsInOrderPrefixLastTerm` search.',
        },
        knownIdentifiers: { type: 'array<string>', searchable: true, searchOnly: true, description: 'Every identifier of its records, for `contains` search.' },
      },
    },
    MatchEvidence: {
      displayName: 'Match evidence',
      primaryKey: 'evidenceKey',
      titleProperty: 'evidenceKey',
      description: 'Why two records are one person.',
      properties: {
        evidenceKey: text('Key.'),
        personKey: text('The person (foreign key of link matchEvidence).'),
        leftRecordKey: text('One record.'),
        rightRecordKey: text('The other record.'),
        matchBasis: text('Basis (vocabulary matchBases).'),
        sharedIdentifierProperty: optionalText('The identifier both share.'),
        sharedIdentifierValue: optionalText('Its value.'),
        matchWeight: { type: 'double', description: 'Total match weight.' },
        matchCutoff: { type: 'double', description: 'The cut-off applied.' },
        fieldScores: json('Per-field comparison: a JSON array of {propertyName, agreement, weight, similarity?}.', false),
        overrideKey: optionalText('The override that decided it.'),
        decidedAt: time('When decided.'),
      },
    },
    LinkOverride: {
      displayName: 'Link override',
      primaryKey: 'overrideKey',
      titleProperty: 'overrideKey',
      description: 'A person’s decision that two records are (not) one person.',
      properties: {
        overrideKey: text('Key.'),
        overrideType: text('FORCE_MATCH or FORCE_SEPARATE (vocabulary overrideTypes).'),
        leftRecordKey: text('One record.'),
        rightRecordKey: text('The other record.'),
        justification: text('Reason given.'),
        decidedBy: text('The Plumbline user who decided.'),
        decidedAt: time('When.'),
        requestKey: optionalText('The request key of the action that made it.', { searchable: true }),
      },
    },
    Detector: {
      displayName: 'Detector',
      primaryKey: 'detectorKey',
      titleProperty: 'title',
      description: 'A rule that raises flags.',
      properties: {
        detectorKey: text('Detector id.'),
        detectorVersion: text('Version.'),
        isStandard: { type: 'boolean', required: true, description: 'One of the standard detectors.' },
        flagCategory: text('Category (vocabulary flagCategories).'),
        title: text('Title.'),
        definition: text('What it detects.'),
        parameterSpecs: json('Its parameters: a JSON array of {parameterName, valueType, defaultValue, minValue?, maxValue?, explanation}.'),
      },
    },
    Flag: {
      displayName: 'Flag',
      primaryKey: 'flagKey',
      titleProperty: 'summary',
      description: 'A prompt for human review.',
      properties: {
        flagKey: text('Flag id.'),
        detectorKey: text('Detector.', { searchable: true }),
        detectorVersion: text('Detector version.'),
        flagCategory: text('Category.', { searchable: true }),
        severity: text('P1–P3 (vocabulary severities).', { searchable: true }),
        personKeys: { type: 'array<string>', required: true, searchable: true, description: 'The persons concerned (searched with `contains`).' },
        summary: text('Summary.'),
        evidenceRecordKeys: { type: 'array<string>', required: true, description: 'Records supporting it.' },
        metrics: json('Measured values: a JSON object of numbers.'),
        windowStart: { type: 'date', required: true, description: 'Window start.' },
        windowEnd: { type: 'date', required: true, description: 'Window end.' },
        asOfDate: { type: 'date', required: true, description: 'As-of date of the run.' },
        raisedAt: time('When raised.'),
        runKey: text('The run that raised it.'),
        reviewState: text('Review state (vocabulary reviewStates).', { searchable: true }),
        disposition: optionalText('Outcome once resolved (vocabulary dispositions).'),
        reviewCount: { type: 'integer', required: true, description: 'Reviews linked through `reviews`.' },
        vendorExtensions: json('Vendor extensions: a JSON object.', false),
      },
    },
    FlagReview: {
      displayName: 'Flag review',
      primaryKey: 'reviewKey',
      titleProperty: 'reviewKey',
      description: 'One review step of a flag.',
      properties: {
        reviewKey: text('Review id.'),
        flagKey: text('The flag (foreign key of link reviews).'),
        reviewState: text('State it moved the flag to.'),
        disposition: optionalText('Outcome, when resolving.'),
        notes: { type: 'string', required: true, description: 'Rationale.' },
        reviewedBy: text('The Plumbline user who reviewed.'),
        reviewedAt: time('When.'),
        requestKey: optionalText('The request key of the action that made it.', { searchable: true }),
      },
    },
    PipelineRun: {
      displayName: 'Pipeline run',
      primaryKey: 'runKey',
      titleProperty: 'runKey',
      description: 'A consolidation, flagging or import run.',
      properties: {
        runKey: text('Run id.'),
        runType: text('Kind (vocabulary runTypes).'),
        runState: text('State (vocabulary runStates).'),
        createdAt: time('Created.'),
        startedAt: { type: 'timestamp', description: 'Started.' },
        finishedAt: { type: 'timestamp', description: 'Finished.' },
        progressDone: { type: 'integer', required: true, description: 'Units done.' },
        progressTotal: { type: 'integer', required: true, description: 'Units in all.' },
        progressUnit: text('What a unit is.'),
        runStatistics: json('Counts: a JSON object of numbers.'),
        failure: { type: { struct: { problemKind: 'string', title: 'string', detail: 'string' } }, description: 'Why it failed (struct).' },
        requestKey: optionalText('The request key of the action that started it.', { searchable: true }),
      },
    },
  },
  linkTypes: [
    { apiName: 'personRecords', from: 'PlumblinePerson', to: 'SourceRecord', foreignKey: 'personKey', cardinality: 'MANY' },
    { apiName: 'matchEvidence', from: 'PlumblinePerson', to: 'MatchEvidence', foreignKey: 'personKey', cardinality: 'MANY' },
    { apiName: 'reviews', from: 'Flag', to: 'FlagReview', foreignKey: 'flagKey', cardinality: 'MANY' },
  ],
  actionTypes: {
    'upsert-data-source': {
      description: 'Registers a source, or replaces its registration.',
      logic: 'rules',
      edits: 'Creates or modifies the DataSource (registeredAt kept, modifiedAt set).',
      submissionCriteria: [],
      parameters: {
        sourceKey: key('The source id.'),
        displayName: key('Name.'),
        sourceCategory: { type: 'string', required: true, oneOf: 'sourceCategories', description: 'Kind of source.' },
        dataController: key('Data controller.'),
        legalBasis: key('Lawful basis.'),
        processingPurpose: key('Purpose.'),
        retentionPeriod: key('ISO 8601 duration.'),
        vendorExtensions: { type: 'string', required: false, format: 'json', description: 'Vendor extensions: a JSON object.' },
      },
    },
    'ingest-records': {
      description: 'Ingests up to 1,000 records of one source; larger batches come as one applyBatch, applied all or nothing.',
      logic: 'function',
      edits:
        'Creates or modifies SourceRecord objects; creates the IngestBatch receipt with each record’s outcome (a record the Function refuses is recorded as rejected, not applied).',
      submissionCriteria: [],
      parameters: {
        dataSource: { type: { objectReference: 'DataSource' }, required: true, description: 'The source (a missing one is ActionParameterObjectNotFound).' },
        batchKey: key('The receipt’s key.'),
        records: {
          type: 'string',
          required: true,
          format: 'json',
          description: 'A JSON array of {externalId, recordClass, eventTime, identity properties…, attributes{}}.',
        },
      },
    },
    'erase-source-record': {
      description: 'Erases one record and leaves a notice.',
      logic: 'function',
      edits: 'Deletes the SourceRecord (and its match evidence); creates the ErasureNotice.',
      submissionCriteria: [],
      parameters: {
        sourceRecord: { type: { objectReference: 'SourceRecord' }, required: true, description: 'The record.' },
        erasureReason: { type: 'string', required: true, oneOf: 'erasureReasons', description: 'Why.' },
        noticeKey: key('The notice’s key.'),
      },
    },
    'run-consolidation': {
      description: 'Starts consolidation (record linkage into persons).',
      logic: 'function',
      edits: 'Creates a PipelineRun; the run then writes PlumblinePerson, MatchEvidence and SourceRecord.personKey (large-scale edits).',
      submissionCriteria: [],
      parameters: { runMode: { type: 'string', required: true, oneOf: 'runModes', description: 'DELTA or COMPLETE.' }, requestKey },
    },
    'create-link-override': {
      description: 'Records a person’s must-link or cannot-link decision.',
      logic: 'function',
      edits: 'Creates a LinkOverride.',
      submissionCriteria: ['The override contradicts an existing override.'],
      parameters: {
        overrideType: { type: 'string', required: true, oneOf: 'overrideTypes', description: 'FORCE_MATCH or FORCE_SEPARATE.' },
        leftRecord: { type: { objectReference: 'SourceRecord' }, required: true, description: 'One record.' },
        rightRecord: { type: { objectReference: 'SourceRecord' }, required: true, description: 'The other.' },
        justification: key('Reason.'),
        decidedBy: key('The Plumbline user deciding (not a Foundry user: the service user applies every action).'),
        requestKey,
      },
    },
    'withdraw-link-override': {
      description: 'Withdraws an override.',
      logic: 'rules',
      edits: 'Deletes the LinkOverride.',
      submissionCriteria: [],
      parameters: { linkOverride: { type: { objectReference: 'LinkOverride' }, required: true, description: 'The override.' } },
    },
    'run-flagging': {
      description:
        'Starts a flagging run; an unknown detector or parameter, or a value out of range, is refused by the Function with a user-facing error naming it.',
      logic: 'function',
      edits: 'Creates a PipelineRun; the run creates Flag objects.',
      submissionCriteria: [],
      parameters: {
        asOfDate: { type: 'date', required: true, description: 'As-of date.' },
        detectorSelections: {
          type: 'string',
          required: false,
          format: 'json',
          description: 'A JSON array of {detector, parameterOverrides{}}; absent: every standard detector.',
        },
        requestKey,
      },
    },
    'review-flag': {
      description: 'Records one review step of a flag.',
      logic: 'rules',
      edits: 'Modifies the Flag (reviewState, disposition, reviewCount); creates a FlagReview; adds the reviews link.',
      submissionCriteria: ['The flag’s review state does not allow this step.'],
      parameters: {
        flag: { type: { objectReference: 'Flag' }, required: true, description: 'The flag.' },
        reviewState: {
          type: 'string',
          required: true,
          oneOf: ['UNDER_REVIEW', 'RESOLVED'],
          description: 'The step: a review moves a flag on, never back to NEW.',
        },
        disposition: {
          type: 'string',
          required: false,
          oneOf: 'dispositions',
          description: 'Required when resolving, not allowed otherwise (a conditional override).',
        },
        notes: key('Rationale.'),
        reviewer: key('The Plumbline user reviewing (a string, not a Foundry User parameter: Plumbline users are not Foundry users).'),
        requestKey,
      },
    },
    'import-plumbline-bundle': {
      description: 'Imports a Plumbline export (NDJSON attachment) into an empty ontology.',
      logic: 'function',
      edits: 'Creates a PipelineRun; the run creates every object of the bundle (large-scale edits).',
      submissionCriteria: ['The ontology already holds Plumbline data.'],
      parameters: { bundle: { type: 'attachment', required: true, description: 'The uploaded export.' }, requestKey },
    },
  },
} as const satisfies {
  objectTypes: Record<string, ObjectTypeDefinition>;
  linkTypes: readonly LinkTypeDefinition[];
  actionTypes: Record<string, ActionTypeDefinition>;
};

/** The scopes the OAuth client needs. */
export const requiredScopes = ['api:ontologies-read', 'api:ontologies-write'] as const;
