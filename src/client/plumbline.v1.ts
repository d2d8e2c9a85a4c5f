/**
 * Generated from openapi/plumbline.v1.json by `npm run openapi` (openapi-typescript). Do not edit:
 * change the zod schemas in src/contract/ and regenerate. A test fails when this file drifts.
 */
export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This document
         * @description Public, like health. It belongs to no capability: a target may publish its document here (META-005) or answer 404, never 501.
         */
        get: operations["getOpenapiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit trail
         * @description Every collection, alteration, consultation, disclosure, combination and erasure of personal data, oldest first; every filter given must match. Reading the trail is itself recorded. `plumbline audit verify` checks the hash chain of the whole file. The trail is kept by the gateway, not the adapter: it belongs to no capability and never answers 501; a server that keeps no trail readable here answers 404.
         *
         *     Roles: auditor. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         *
         *     Belongs to no capability: every target answers it, never with 501.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consolidation-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a consolidation run
         * @description Resolves which records are the same person into subjects, obeying link overrides and keeping subject ids stable.
         *
         *     Roles: analyst, admin.
         */
        post: operations["startConsolidationRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/detectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List detectors
         * @description Standard detectors with their exact definitions, then any supplier detectors (`x-<vendor>-…`).
         *
         *     Roles: ingest, analyst, reviewer, auditor, admin.
         */
        get: operations["listDetectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export everything (NDJSON)
         * @description One `ExportLine` per line: `header`, sources, records, overrides, subjects, flags with reviews, then `end` with counts. A stream without its `end` line was cut short and must not be imported. `HEAD` answers the headers without reading anything.
         *
         *     Roles: admin. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        get: operations["exportAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fairness-audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Audit the flags for disparities between groups
         * @description Send equality monitoring data for up to 200,000 people (each keyed by records or subject ids, with their groups); the answer is, per detector and for any detector, the flag rate of each group and its disparity ratio against a reference group, with Wilson and Katz log confidence intervals, groups under the minimum size suppressed, and the share of closed flags closed with no case to answer. The equality data is used in memory for this request only: it is not stored, not logged, not recorded in the audit trail and never sent to the adapter. The audit reads every flag and the flagged subjects, so it is recorded as a consultation. A disparity is a prompt for inquiry, not a verdict.
         *
         *     Roles: auditor. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        post: operations["auditFairness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flagging-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a flagging run
         * @description Evaluates the chosen detectors (all, by default) as of a date and raises flags for review. Unchanged data raises no duplicates.
         *
         *     Roles: analyst, admin.
         */
        post: operations["startFlaggingRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List flags
         * @description Every filter given must match.
         *
         *     Roles: analyst, reviewer. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        get: operations["listFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags/{flagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a flag
         * @description Roles: analyst, reviewer. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        get: operations["getFlag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags/{flagId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a review step
         * @description Moves the flag open → in_review or in_review → closed (with an outcome). Any other transition is refused with 409.
         *
         *     Roles: reviewer. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        post: operations["reviewFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flags/{flagId}/reviews/{reviewId}/redaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redact a review’s rationale
         * @description Replaces one review’s rationale with `[redacted]` for good and records who did it, when and why; the rest of the review (status, outcome, reviewer, time) stays. Reviewers write rationales in their own words: this is how a rationale that names a person whose records were erased stops naming them. The redaction itself is recorded in the audit trail. Redacting a redacted rationale again changes nothing.
         *
         *     Roles: admin. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        post: operations["redactReviewRationale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an export (NDJSON)
         * @description The body is an export from `GET /v1/export` of any conformant adapter, one `ExportLine` per line. The adapter must be empty. The whole body is held before the answer; a bad line fails the import, naming the line, and nothing is applied.
         *
         *     Roles: admin.
         */
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/link-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List possible matches
         * @description Pairs of records in different subjects that may be one person: the adapter was not sure enough to merge them, so a person decides, with a link override between `left` and `right`. A pair leaves the queue at the next consolidation run after it is decided (or after its subjects merge). Answered only by adapters with capability `consolidation.candidates` (501 otherwise).
         *
         *     Roles: analyst, reviewer. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        get: operations["listLinkCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/link-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List link overrides
         * @description Roles: analyst, reviewer. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        get: operations["listLinkOverrides"];
        put?: never;
        /**
         * Record a link override
         * @description Takes effect at the next consolidation run. Refused with 409 when it contradicts existing overrides.
         *
         *     Roles: analyst, reviewer. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        post: operations["createLinkOverride"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/link-overrides/{overrideId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw a link override
         * @description It stops applying at the next consolidation run.
         *
         *     Roles: analyst, reviewer. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        delete: operations["deleteLinkOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contract version, adapter and capabilities
         * @description Read this first: a client can tell from the capability manifest which routes will answer 501.
         *
         *     Roles: ingest, analyst, reviewer, auditor, admin.
         *
         *     Belongs to no capability: every target answers it, never with 501.
         */
        get: operations["getMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parallel-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare a candidate supplier with the primary
         * @description The primary answers every client; a candidate supplier is fed the primary’s accepted writes in the background (a durable outbox, in order, retried) and compared after every run and on a sample of reads. Reports the mirror’s backlog and lag, what could not be mirrored, the consolidation agreement (pairwise precision, recall and F1 of the candidate against the primary) with the people they disagree on, flag agreement per detector, read differences beyond the noise floor, and both sides’ latency. Answers 501 when no candidate is configured.
         *
         *     Roles: auditor, admin. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        get: operations["getParallelRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a run
         * @description Runs belong to no capability: an unknown run id answers 404 on every target, never 501.
         *
         *     Roles: ingest, analyst, reviewer, auditor, admin.
         *
         *     Belongs to no capability: every target answers it, never with 501.
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description Roles: ingest, analyst, reviewer, auditor, admin.
         */
        get: operations["listSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a source
         * @description Roles: ingest, analyst, reviewer, auditor, admin.
         */
        get: operations["getSource"];
        /**
         * Register or update a source
         * @description Creates the source (201) or replaces its registration (200). Records are kept when a registration changes.
         *
         *     Roles: admin.
         */
        put: operations["putSource"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{sourceId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest a batch of records
         * @description Up to 5000 records from one source. Each record is validated on its own: an invalid record is rejected with its errors, the others go on. Every accepted record is committed together, durably, before the answer; if that fails, none is. Idempotent: the same record id with the same content is `unchanged`. A larger batch is refused with 413.
         *
         *     Roles: ingest, admin.
         */
        post: operations["ingestRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{sourceId}/records/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a record
         * @description Roles: analyst, reviewer, admin. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        /**
         * Erase a record and what was derived from it
         * @description Roles: admin. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        delete: operations["eraseRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search subjects
         * @description Without filters, lists every subject. `name` and `identifier` (capability `subjects.search`) narrow the list; given together, both must match.
         *
         *     Roles: analyst, reviewer. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        get: operations["listSubjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subjects/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a subject
         * @description A subject merged into another answers 308 with the survivor in `Location` and `redirectTo`.
         *
         *     Roles: analyst, reviewer. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        get: operations["getSubject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subjects/{subjectId}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Explain a subject’s links
         * @description Every link that joins the subject’s records: its basis, and for probabilistic links every field compared with its weight and the total score. A subject merged into another answers 308 like the subject itself, to the survivor’s links.
         *
         *     Roles: analyst, reviewer. Requires a `Plumbline-Justification` header (the purpose or case reference), recorded in the audit trail.
         */
        get: operations["listSubjectLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description One spell of absence from work; `occurredAt` is its start.
         * @example {
         *       "type": "absence_spell",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "ABS-31002",
         *       "occurredAt": "2026-01-12T00:00:00Z",
         *       "reason": "sickness",
         *       "startDate": "2026-01-12",
         *       "endDate": "2026-01-14",
         *       "workingDaysLost": 3
         *     }
         */
        AbsenceSpellRecord: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /**
             * Format: date
             * @description Last day of absence (inclusive).
             */
            endDate: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentity"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /**
             * @description Why the person was absent.
             * @enum {string}
             */
            reason: "sickness" | "injury_on_duty" | "compassionate" | "unauthorised" | "other";
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /**
             * Format: date
             * @description First day of absence.
             */
            startDate: string;
            /** @constant */
            type: "absence_spell";
            /** @description Working days lost in the spell. */
            workingDaysLost: number;
        };
        /**
         * @description One spell of absence from work; `occurredAt` is its start.
         * @example {
         *       "type": "absence_spell",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "ABS-31002",
         *       "occurredAt": "2026-01-12T00:00:00Z",
         *       "reason": "sickness",
         *       "startDate": "2026-01-12",
         *       "endDate": "2026-01-14",
         *       "workingDaysLost": 3
         *     }
         */
        AbsenceSpellRecordInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /**
             * Format: date
             * @description Last day of absence (inclusive).
             */
            endDate: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentityInput"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /**
             * @description Why the person was absent.
             * @enum {string}
             */
            reason: "sickness" | "injury_on_duty" | "compassionate" | "unauthorised" | "other";
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /**
             * Format: date
             * @description First day of absence.
             */
            startDate: string;
            /** @constant */
            type: "absence_spell";
            /** @description Working days lost in the spell. */
            workingDaysLost: number;
        };
        /**
         * @description Which adapter is answering.
         * @example {
         *       "id": "reference",
         *       "name": "Plumbline reference engine",
         *       "version": "0.1.0",
         *       "vendor": "Plumbline"
         *     }
         */
        AdapterIdentity: {
            /** @description The adapter’s short name, as configured (`reference`, `foundry`, …). */
            id: string;
            /** @description A human-readable name. */
            name: string;
            /** @description Who supplies it. */
            vendor: string;
            /** @description The adapter’s own version. */
            version: string;
        };
        /**
         * @description The candidate compared with the primary after a run finished on both.
         * @example {
         *       "observedAt": "2026-03-02T10:05:00Z",
         *       "kind": "consolidation",
         *       "primaryRunId": "run-000042",
         *       "candidateRunId": "ri.run.7c1",
         *       "records": 10230,
         *       "consolidation": {
         *         "precision": 0.98,
         *         "recall": 1,
         *         "f1": 0.99,
         *         "predictedPairs": 1402,
         *         "truePairs": 1374,
         *         "correctPairs": 1374
         *       },
         *       "subjectsInDisagreement": 1,
         *       "disagreements": [
         *         {
         *           "primary": {
         *             "subjectId": "subj-7f3a",
         *             "records": [
         *               "hr-core/EMP-000123-1",
         *               "complaints/CMP-2026-0042-1"
         *             ]
         *           },
         *           "candidate": [
         *             {
         *               "subjectId": "C-88",
         *               "records": [
         *                 "hr-core/EMP-000123-1",
         *                 "complaints/CMP-2026-0042-1",
         *                 "hr-core/EMP-000456-1"
         *               ]
         *             }
         *           ],
         *           "pairsInDispute": 2
         *         }
         *       ],
         *       "flags": [
         *         {
         *           "detectorId": "repeated-allegations",
         *           "primary": 12,
         *           "candidate": 13,
         *           "same": 12,
         *           "differing": 0,
         *           "onlyPrimary": 0,
         *           "onlyCandidate": 1
         *         }
         *       ]
         *     }
         */
        AgreementObservation: {
            candidateRunId: string | null;
            consolidation: components["schemas"]["ConsolidationAgreement"];
            /** @description The worst first; at most 50. */
            disagreements: components["schemas"]["PartitionDisagreement"][];
            flags: components["schemas"]["DetectorAgreement"][];
            /**
             * @description What finished before the comparison.
             * @enum {string}
             */
            kind: "consolidation" | "flagging" | "import" | "on-demand";
            /** Format: date-time */
            observedAt: string;
            primaryRunId: string | null;
            /** @description Records both hold; pairs are counted over these. */
            records: number;
            subjectsInDisagreement: number;
        };
        /**
         * @description An allegation against the person in a complaint or conduct case. Several records may share one case reference when a case names several people.
         * @example {
         *       "type": "allegation",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "CMP-2026-0042-1",
         *       "occurredAt": "2026-02-10T14:30:00Z",
         *       "caseReference": "CMP-2026-0042",
         *       "category": "authority_respect_and_courtesy",
         *       "origin": "public",
         *       "outcome": "pending"
         *     }
         */
        AllegationRecord: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description The case this allegation belongs to. */
            caseReference: string;
            category: components["schemas"]["StandardsCategory"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentity"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /**
             * @description Raised by a member of the public or from inside the force.
             * @enum {string}
             */
            origin: "public" | "internal";
            /**
             * @description Outcome so far; `misconduct` and `gross_misconduct` are findings.
             * @enum {string}
             */
            outcome: "pending" | "no_case_to_answer" | "not_proven" | "reflective_practice" | "management_action" | "misconduct" | "gross_misconduct" | "withdrawn";
            /**
             * Format: date
             * @description When the outcome was decided.
             */
            outcomeDate?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @constant */
            type: "allegation";
        };
        /**
         * @description An allegation against the person in a complaint or conduct case. Several records may share one case reference when a case names several people.
         * @example {
         *       "type": "allegation",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "CMP-2026-0042-1",
         *       "occurredAt": "2026-02-10T14:30:00Z",
         *       "caseReference": "CMP-2026-0042",
         *       "category": "authority_respect_and_courtesy",
         *       "origin": "public",
         *       "outcome": "pending"
         *     }
         */
        AllegationRecordInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description The case this allegation belongs to. */
            caseReference: string;
            category: components["schemas"]["StandardsCategory"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentityInput"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /**
             * @description Raised by a member of the public or from inside the force.
             * @enum {string}
             */
            origin: "public" | "internal";
            /**
             * @description Outcome so far; `misconduct` and `gross_misconduct` are findings.
             * @enum {string}
             */
            outcome: "pending" | "no_case_to_answer" | "not_proven" | "reflective_practice" | "management_action" | "misconduct" | "gross_misconduct" | "withdrawn";
            /**
             * Format: date
             * @description When the outcome was decided.
             */
            outcomeDate?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @constant */
            type: "allegation";
        };
        /**
         * @description What intelligence says exists: a business interest, association or membership linked to the person; `occurredAt` is when it was reported.
         * @example {
         *       "type": "association_report",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "INT-77310",
         *       "occurredAt": "2026-01-20T00:00:00Z",
         *       "associationKind": "business",
         *       "counterparty": "Okafor Lettings Limited"
         *     }
         */
        AssociationReportRecord: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /**
             * @description What was reported.
             * @enum {string}
             */
            associationKind: "business" | "association" | "membership";
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description The business, organisation or person reported. */
            counterparty: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            /** @description Intelligence grading, as the source gives it. */
            grading?: string;
            identity: components["schemas"]["RecordedIdentity"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @constant */
            type: "association_report";
        };
        /**
         * @description What intelligence says exists: a business interest, association or membership linked to the person; `occurredAt` is when it was reported.
         * @example {
         *       "type": "association_report",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "INT-77310",
         *       "occurredAt": "2026-01-20T00:00:00Z",
         *       "associationKind": "business",
         *       "counterparty": "Okafor Lettings Limited"
         *     }
         */
        AssociationReportRecordInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /**
             * @description What was reported.
             * @enum {string}
             */
            associationKind: "business" | "association" | "membership";
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description The business, organisation or person reported. */
            counterparty: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            /** @description Intelligence grading, as the source gives it. */
            grading?: string;
            identity: components["schemas"]["RecordedIdentityInput"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @constant */
            type: "association_report";
        };
        /**
         * @description The kind of processing, in the terms of the Data Protection Act 2018 s.62.
         * @example consultation
         * @enum {string}
         */
        AuditAction: "collection" | "alteration" | "consultation" | "disclosure" | "combination" | "erasure";
        /**
         * @description One recorded processing of personal data: who, when, under which role, what, on which ids, why, and with what outcome.
         * @example {
         *       "sequence": 42,
         *       "occurredAt": "2026-03-03T09:00:00.000Z",
         *       "actor": "reviewer-17",
         *       "role": "reviewer",
         *       "action": "consultation",
         *       "operation": "getSubject",
         *       "targets": [
         *         {
         *           "type": "subject",
         *           "id": "subj-7f3a"
         *         }
         *       ],
         *       "criteria": {},
         *       "justification": "PSD-2026-0042",
         *       "status": 200,
         *       "outcome": "succeeded",
         *       "requestId": "req-1f",
         *       "attempt": null,
         *       "previousHash": "9f2c4a0d1b7e5f3c8a6d2e1f0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c",
         *       "hash": "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b"
         *     }
         */
        AuditEvent: {
            action: components["schemas"]["AuditAction"];
            /** @description Who: the `sub` of the bearer token. */
            actor: string;
            /** @description For the entry recording the outcome of a change (or `unknown` after a crash), the number of its `attempted` entry; null otherwise. */
            attempt: number | null;
            /** @description The query parameters that selected what was processed (search terms, filters), without paging. */
            criteria: {
                [key: string]: string;
            };
            /** @description SHA-256 over `previousHash` and this entry’s fields: changing, removing or reordering any entry breaks the chain. */
            hash: string;
            /** @description The stated justification, null when none was sent. */
            justification: string | null;
            /**
             * Format: date-time
             * @description When the gateway answered.
             */
            occurredAt: string;
            /** @description The operation id, such as `getSubject`. */
            operation: string;
            /**
             * @description `succeeded` (2xx, 3xx), `refused` (4xx) or `failed` (5xx); `attempted`: a change about to be made, committed before the adapter is called (its outcome follows in a later entry naming it in `attempt`); `unknown`: the gateway stopped before the outcome of that attempt was recorded, written when it next started. Clients should treat values they do not know as `unknown`.
             * @enum {string}
             */
            outcome: "succeeded" | "refused" | "failed" | "attempted" | "unknown";
            /** @description The `hash` of the entry before (64 zeros for the first). */
            previousHash: string;
            /** @description The request id, as in the gateway’s logs. */
            requestId: string;
            /** @description The role the request was made under: the first of the token’s roles the operation allows or, when it allows none, the first the token carries; null for a token with no known role. */
            role: components["schemas"]["Role"] | null;
            /** @description The entry number: 1 for the first entry, then one more for each entry, with no gaps. */
            sequence: number;
            /** @description The HTTP status answered; 0 for an attempt and for an outcome unknown. */
            status: number;
            /** @description What was processed, by id. Erasure entries name what was erased, never its content. */
            targets: components["schemas"]["AuditTarget"][];
        };
        /**
         * @description A page of results. Follow `nextCursor` until it is null to read every item exactly once.
         * @example {
         *       "items": [
         *         {
         *           "sequence": 42,
         *           "occurredAt": "2026-03-03T09:00:00.000Z",
         *           "actor": "reviewer-17",
         *           "role": "reviewer",
         *           "action": "consultation",
         *           "operation": "getSubject",
         *           "targets": [
         *             {
         *               "type": "subject",
         *               "id": "subj-7f3a"
         *             }
         *           ],
         *           "criteria": {},
         *           "justification": "PSD-2026-0042",
         *           "status": 200,
         *           "outcome": "succeeded",
         *           "requestId": "req-1f",
         *           "attempt": null,
         *           "previousHash": "9f2c4a0d1b7e5f3c8a6d2e1f0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c",
         *           "hash": "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            /** @description Pass as `cursor` to fetch the next page; null when this is the last page. */
            nextCursor: string | null;
        };
        /**
         * @description One thing the request processed, by id only: never its content.
         * @example {
         *       "type": "subject",
         *       "id": "subj-7f3a"
         *     }
         */
        AuditTarget: {
            /** @description The id; a record is `sourceId/recordId`. */
            id: string;
            /** @enum {string} */
            type: "source" | "record" | "subject" | "flag" | "link-override" | "run";
        };
        /**
         * @description One week of office attendance from building access: the office days expected and the days the person badged in.
         * @example {
         *       "type": "building_attendance",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "BLD-1004321-2026-W10",
         *       "occurredAt": "2026-03-02T00:00:00Z",
         *       "weekStart": "2026-03-02",
         *       "site": "New Scotland Yard",
         *       "expectedOfficeDays": 3,
         *       "attendedOfficeDays": 2
         *     }
         */
        BuildingAttendanceRecord: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description Days with at least one badge entry. */
            attendedOfficeDays: number;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            /** @description Office days expected that week. */
            expectedOfficeDays: number;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentity"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @description The building. */
            site: string;
            /** @constant */
            type: "building_attendance";
            /**
             * Format: date
             * @description The Monday the week starts.
             */
            weekStart: string;
        };
        /**
         * @description One week of office attendance from building access: the office days expected and the days the person badged in.
         * @example {
         *       "type": "building_attendance",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "BLD-1004321-2026-W10",
         *       "occurredAt": "2026-03-02T00:00:00Z",
         *       "weekStart": "2026-03-02",
         *       "site": "New Scotland Yard",
         *       "expectedOfficeDays": 3,
         *       "attendedOfficeDays": 2
         *     }
         */
        BuildingAttendanceRecordInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description Days with at least one badge entry. */
            attendedOfficeDays: number;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            /** @description Office days expected that week. */
            expectedOfficeDays: number;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentityInput"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @description The building. */
            site: string;
            /** @constant */
            type: "building_attendance";
            /**
             * Format: date
             * @description The Monday the week starts.
             */
            weekStart: string;
        };
        /**
         * @description One thing an adapter may offer: `sources` (register and read sources), `records.ingest`, `records.read`, `records.erase`, `consolidation` (consolidation runs and reading subjects and links), `consolidation.overrides` (link overrides), `consolidation.candidates` (the possible-match queue: pairs that may be one person, for a person to decide), `subjects.search` (search subjects by name or identifier), `flagging` (detectors, flagging runs, reading flags), `flags.review` (the review lifecycle), `portability.export`, `portability.import`, `parallel-run` (a candidate supplier is fed and compared in the background: offered by the gateway when one is configured). New capabilities may be added within v1: clients ignore values they do not know.
         * @example consolidation
         * @enum {string}
         */
        Capability: "sources" | "records.ingest" | "records.read" | "records.erase" | "consolidation" | "consolidation.overrides" | "consolidation.candidates" | "subjects.search" | "flagging" | "flags.review" | "portability.export" | "portability.import" | "parallel-run";
        /**
         * @description Pairwise precision, recall and F1 of the candidate’s partition scored against the primary’s.
         * @example {
         *       "precision": 0.98,
         *       "recall": 1,
         *       "f1": 0.99,
         *       "predictedPairs": 1402,
         *       "truePairs": 1374,
         *       "correctPairs": 1374
         *     }
         */
        ConsolidationAgreement: {
            /** @description Record pairs both join. */
            correctPairs: number;
            f1: number;
            precision: number;
            /** @description Record pairs the candidate joins. */
            predictedPairs: number;
            recall: number;
            /** @description Record pairs the primary joins (the reference). */
            truePairs: number;
        };
        /**
         * @description Starts a consolidation run.
         * @example {
         *       "mode": "incremental"
         *     }
         */
        ConsolidationRunRequest: {
            /**
             * @description `incremental` considers what changed since the last run; `full` reconsiders every record. Both keep subject ids stable.
             * @default incremental
             * @enum {string}
             */
            mode: "incremental" | "full";
        };
        /**
         * @description A rule that raises flags for human review.
         * @example {
         *       "detectorId": "repeated-allegations",
         *       "version": "1.0.0",
         *       "standard": true,
         *       "category": "standards",
         *       "title": "Repeated allegations",
         *       "description": "At least `threshold` allegations in distinct cases within any `windowDays`-day window ending on or before the as-of date.",
         *       "parameters": [
         *         {
         *           "name": "threshold",
         *           "type": "integer",
         *           "default": 3,
         *           "minimum": 1,
         *           "description": "Fewest distinct cases."
         *         }
         *       ]
         *     }
         */
        Detector: {
            category: components["schemas"]["FlagCategory"];
            /** @description The exact definition: inputs, window, threshold, what counts, and a worked example. */
            description: string;
            /** @description Stable id; standard detectors use plain names, supplier detectors `x-<vendor>-<name>`. */
            detectorId: string;
            parameters: components["schemas"]["DetectorParameter"][];
            /** @description Whether this is a standard detector of the contract (exact semantics) or a supplier’s own. */
            standard: boolean;
            title: string;
            /** @description Changes whenever the definition changes. */
            version: string;
        };
        /**
         * @description Flags of one detector: raised by both on the same evidence (the same or differing in status), or by one only.
         * @example {
         *       "detectorId": "repeated-allegations",
         *       "primary": 12,
         *       "candidate": 13,
         *       "same": 12,
         *       "differing": 0,
         *       "onlyPrimary": 0,
         *       "onlyCandidate": 1
         *     }
         */
        DetectorAgreement: {
            candidate: number;
            detectorId: string;
            differing: number;
            onlyCandidate: number;
            onlyPrimary: number;
            primary: number;
            same: number;
        };
        /**
         * @description Every detector the adapter evaluates.
         * @example {
         *       "items": [
         *         {
         *           "detectorId": "repeated-allegations",
         *           "version": "1.0.0",
         *           "standard": true,
         *           "category": "standards",
         *           "title": "Repeated allegations",
         *           "description": "At least `threshold` allegations in distinct cases within any `windowDays`-day window ending on or before the as-of date.",
         *           "parameters": [
         *             {
         *               "name": "threshold",
         *               "type": "integer",
         *               "default": 3,
         *               "minimum": 1,
         *               "description": "Fewest distinct cases."
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        DetectorList: {
            items: components["schemas"]["Detector"][];
        };
        /**
         * @description One parameter a run may set.
         * @example {
         *       "name": "threshold",
         *       "type": "integer",
         *       "default": 3,
         *       "minimum": 1,
         *       "maximum": 100,
         *       "description": "Fewest distinct cases that raise a flag."
         *     }
         */
        DetectorParameter: {
            /** @description The value used when a run does not set it. */
            default: unknown;
            description: string;
            maximum?: number;
            minimum?: number;
            name: string;
            /** @enum {string} */
            type: "integer" | "number" | "boolean" | "string" | "string-list";
        };
        /**
         * @description One detector to evaluate, with any parameters that differ from its defaults.
         * @example {
         *       "detectorId": "repeated-allegations",
         *       "parameters": {
         *         "threshold": 4
         *       }
         *     }
         */
        DetectorSelection: {
            /** @description A detector from `GET /v1/detectors`. */
            detectorId: string;
            /**
             * @description Parameters to override; the rest take their defaults. At most 100. Each value nests at most 32 levels of objects and arrays and takes at most 16 KiB of JSON.
             * @default {}
             */
            parameters: {
                [key: string]: unknown;
            };
        };
        /**
         * @description One rostered week: hours planned and worked, overtime, and the shifts the person edited on their own roster.
         * @example {
         *       "type": "duty_week",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "DUTY-1004321-2026-W10",
         *       "occurredAt": "2026-03-02T00:00:00Z",
         *       "weekStart": "2026-03-02",
         *       "plannedHours": 40,
         *       "workedHours": 46,
         *       "overtimeHours": 6,
         *       "selfEdits": [
         *         {
         *           "shiftDate": "2026-03-05",
         *           "overtimeHoursAdded": 4
         *         }
         *       ]
         *     }
         */
        DutyWeekRecord: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentity"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description Overtime hours within `workedHours`. */
            overtimeHours: number;
            /** @description Hours rostered. */
            plannedHours: number;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description Edits the person made to their own roster that week; absent means none. */
            selfEdits?: {
                /** @description Overtime the edit added; 0 when it added none. */
                overtimeHoursAdded: number;
                /**
                 * Format: date
                 * @description The shift edited.
                 */
                shiftDate: string;
            }[];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @constant */
            type: "duty_week";
            /**
             * Format: date
             * @description The Monday the week starts.
             */
            weekStart: string;
            /** @description Hours actually worked, overtime included. */
            workedHours: number;
        };
        /**
         * @description One rostered week: hours planned and worked, overtime, and the shifts the person edited on their own roster.
         * @example {
         *       "type": "duty_week",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "DUTY-1004321-2026-W10",
         *       "occurredAt": "2026-03-02T00:00:00Z",
         *       "weekStart": "2026-03-02",
         *       "plannedHours": 40,
         *       "workedHours": 46,
         *       "overtimeHours": 6,
         *       "selfEdits": [
         *         {
         *           "shiftDate": "2026-03-05",
         *           "overtimeHoursAdded": 4
         *         }
         *       ]
         *     }
         */
        DutyWeekRecordInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentityInput"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description Overtime hours within `workedHours`. */
            overtimeHours: number;
            /** @description Hours rostered. */
            plannedHours: number;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description Edits the person made to their own roster that week; absent means none. */
            selfEdits?: {
                /** @description Overtime the edit added; 0 when it added none. */
                overtimeHoursAdded: number;
                /**
                 * Format: date
                 * @description The shift edited.
                 */
                shiftDate: string;
            }[];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @constant */
            type: "duty_week";
            /**
             * Format: date
             * @description The Monday the week starts.
             */
            weekStart: string;
            /** @description Hours actually worked, overtime included. */
            workedHours: number;
        };
        /**
         * @description An employment fact from HR: the person’s role, rank, unit and status from `occurredAt` until a later employment record replaces it.
         * @example {
         *       "type": "employment",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "EMP-000123-1",
         *       "occurredAt": "2019-09-02T00:00:00Z",
         *       "employeeCategory": "officer",
         *       "role": "Response officer",
         *       "rank": "PC",
         *       "unit": "Lambeth ERPT",
         *       "status": "active",
         *       "startDate": "2019-09-02",
         *       "vettingLevelRequired": "MV",
         *       "workPattern": "operational"
         *     }
         */
        EmploymentRecord: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /**
             * @description Police officer, police staff or special constable.
             * @enum {string}
             */
            employeeCategory: "officer" | "staff" | "special";
            /**
             * Format: date
             * @description Date the person left, when they have.
             */
            endDate?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentity"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description Rank, for officers and specials. */
            rank?: string;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description Job role. */
            role: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /**
             * Format: date
             * @description Date the person joined.
             */
            startDate: string;
            /**
             * @description Employment status from `occurredAt`.
             * @enum {string}
             */
            status: "active" | "suspended" | "on_leave" | "left";
            /** @constant */
            type: "employment";
            /** @description Unit or team the person belongs to. */
            unit: string;
            /** @description Vetting level the post requires; absent when none is required. */
            vettingLevelRequired?: components["schemas"]["VettingLevel"];
            /**
             * @description Where the post is expected to work.
             * @enum {string}
             */
            workPattern?: "office" | "hybrid" | "operational";
        };
        /**
         * @description An employment fact from HR: the person’s role, rank, unit and status from `occurredAt` until a later employment record replaces it.
         * @example {
         *       "type": "employment",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "EMP-000123-1",
         *       "occurredAt": "2019-09-02T00:00:00Z",
         *       "employeeCategory": "officer",
         *       "role": "Response officer",
         *       "rank": "PC",
         *       "unit": "Lambeth ERPT",
         *       "status": "active",
         *       "startDate": "2019-09-02",
         *       "vettingLevelRequired": "MV",
         *       "workPattern": "operational"
         *     }
         */
        EmploymentRecordInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /**
             * @description Police officer, police staff or special constable.
             * @enum {string}
             */
            employeeCategory: "officer" | "staff" | "special";
            /**
             * Format: date
             * @description Date the person left, when they have.
             */
            endDate?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentityInput"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description Rank, for officers and specials. */
            rank?: string;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description Job role. */
            role: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /**
             * Format: date
             * @description Date the person joined.
             */
            startDate: string;
            /**
             * @description Employment status from `occurredAt`.
             * @enum {string}
             */
            status: "active" | "suspended" | "on_leave" | "left";
            /** @constant */
            type: "employment";
            /** @description Unit or team the person belongs to. */
            unit: string;
            /** @description Vetting level the post requires; absent when none is required. */
            vettingLevelRequired?: components["schemas"]["VettingLevel"];
            /**
             * @description Where the post is expected to work.
             * @enum {string}
             */
            workPattern?: "office" | "hybrid" | "operational";
        };
        /**
         * @description One person’s equality monitoring data, as the auditor holds it. Used for the audit in memory and never stored.
         * @example {
         *       "records": [
         *         {
         *           "sourceId": "hr-core",
         *           "recordId": "HR-3F8K2M1A"
         *         }
         *       ],
         *       "attributes": {
         *         "sex": "female",
         *         "ethnicity": "White",
         *         "ageBand": "35-44"
         *       }
         *     }
         */
        EqualityPerson: {
            /** @description The person’s group for each characteristic audited, such as `{ "sex": "female", "ethnicity": "Asian or Asian British", "ageBand": "35-44" }`; an empty string is “not recorded”, a group of its own. */
            attributes: {
                [key: string]: string;
            };
            /** @description Records about the person (an HR record, say): the person is whoever the adapter consolidated them into. */
            records?: components["schemas"]["RecordRef"][];
            /** @description Or the person’s current subject ids, when the auditor knows them. */
            subjectIds?: string[];
        };
        /**
         * @description Confirms an erasure. The record is gone, and so is everything derived from it: it leaves its subject, and it is removed from the evidence of every flag.
         * @example {
         *       "sourceId": "uof-log",
         *       "recordId": "UOF-2026-11873",
         *       "reason": "retention",
         *       "erasedAt": "2026-03-01T08:00:00Z"
         *     }
         */
        Erasure: {
            /** Format: date-time */
            erasedAt: string;
            reason: components["schemas"]["ErasureReason"];
            recordId: string;
            sourceId: string;
        };
        /**
         * @description Why a record is erased: its retention period ended, it was wrong, or a data subject asked.
         * @example retention
         * @enum {string}
         */
        ErasureReason: "retention" | "rectification" | "erasure_request";
        /**
         * @description One line of an export: `header` first, then sources, records, overrides, subjects, flags (with their reviews), and `end` last with the count of each kind.
         * @example {
         *       "kind": "end",
         *       "counts": {
         *         "source": 1,
         *         "record": 1,
         *         "override": 0,
         *         "subject": 1,
         *         "flag": 0
         *       }
         *     }
         */
        ExportLine: {
            adapter: components["schemas"]["AdapterIdentity"];
            contractVersion: string;
            /** Format: date-time */
            exportedAt: string;
            /** @constant */
            kind: "header";
        } | {
            /** @constant */
            kind: "source";
            source: components["schemas"]["Source"];
        } | {
            /** Format: date-time */
            ingestedAt: string;
            /** @constant */
            kind: "record";
            record: components["schemas"]["Record"];
            sourceId: string;
        } | {
            /** @constant */
            kind: "override";
            override: components["schemas"]["LinkOverride"];
        } | {
            /** @constant */
            kind: "subject";
            subject: components["schemas"]["SubjectSnapshot"];
        } | {
            flag: components["schemas"]["Flag"];
            /** @constant */
            kind: "flag";
        } | {
            counts: {
                [key: string]: number;
            };
            /** @constant */
            kind: "end";
        };
        /**
         * @description One line of an export: `header` first, then sources, records, overrides, subjects, flags (with their reviews), and `end` last with the count of each kind.
         * @example {
         *       "kind": "end",
         *       "counts": {
         *         "source": 1,
         *         "record": 1,
         *         "override": 0,
         *         "subject": 1,
         *         "flag": 0
         *       }
         *     }
         */
        ExportLineInput: {
            adapter: components["schemas"]["AdapterIdentity"];
            contractVersion: string;
            /** Format: date-time */
            exportedAt: string;
            /** @constant */
            kind: "header";
        } | {
            /** @constant */
            kind: "source";
            source: components["schemas"]["Source"];
        } | {
            /** Format: date-time */
            ingestedAt: string;
            /** @constant */
            kind: "record";
            record: components["schemas"]["RecordInput"];
            sourceId: string;
        } | {
            /** @constant */
            kind: "override";
            override: components["schemas"]["LinkOverride"];
        } | {
            /** @constant */
            kind: "subject";
            subject: components["schemas"]["SubjectSnapshot"];
        } | {
            flag: components["schemas"]["Flag"];
            /** @constant */
            kind: "flag";
        } | {
            counts: {
                [key: string]: number;
            };
            /** @constant */
            kind: "end";
        };
        /**
         * @description Supplier-specific additions under the `x-<vendor>-<name>` namespace. They never change the meaning of standard fields. At most 100 keys. Each value nests at most 32 levels of objects and arrays and takes at most 16 KiB of JSON.
         * @example {
         *       "x-acme-riskBand": "amber"
         *     }
         */
        Extensions: {
            [key: string]: unknown;
        };
        /**
         * @description The groups of one characteristic.
         * @example {
         *       "attribute": "ethnicity",
         *       "referenceGroup": "White",
         *       "groups": [
         *         {
         *           "group": "White",
         *           "people": 4000,
         *           "suppressed": false,
         *           "flagRate": {
         *             "rate": {
         *               "events": 60,
         *               "total": 4000,
         *               "rate": 0.015,
         *               "interval": {
         *                 "lower": 0.0117,
         *                 "upper": 0.0193
         *               }
         *             },
         *             "disparity": {
         *               "ratio": 1,
         *               "interval": null,
         *               "corrected": false,
         *               "pValue": null,
         *               "assessment": "reference"
         *             }
         *           },
         *           "unfoundedShare": {
         *             "rate": {
         *               "events": 20,
         *               "total": 50,
         *               "rate": 0.4,
         *               "interval": {
         *                 "lower": 0.2761,
         *                 "upper": 0.5382
         *               }
         *             },
         *             "disparity": {
         *               "ratio": 1,
         *               "interval": null,
         *               "corrected": false,
         *               "pValue": null,
         *               "assessment": "reference"
         *             }
         *           }
         *         },
         *         {
         *           "group": "Black, Black British, Caribbean or African",
         *           "people": 400,
         *           "suppressed": false,
         *           "flagRate": {
         *             "rate": {
         *               "events": 12,
         *               "total": 400,
         *               "rate": 0.03,
         *               "interval": {
         *                 "lower": 0.0172,
         *                 "upper": 0.0517
         *               }
         *             },
         *             "disparity": {
         *               "ratio": 2,
         *               "interval": {
         *                 "lower": 1.0854,
         *                 "upper": 3.6853
         *               },
         *               "corrected": false,
         *               "pValue": 0.0262,
         *               "assessment": "outside-band"
         *             }
         *           },
         *           "unfoundedShare": {
         *             "rate": null,
         *             "disparity": {
         *               "ratio": null,
         *               "interval": null,
         *               "corrected": false,
         *               "pValue": null,
         *               "assessment": "suppressed"
         *             }
         *           }
         *         }
         *       ]
         *     }
         */
        FairnessAttribute: {
            attribute: string;
            /** @description Largest group first. */
            groups: components["schemas"]["FairnessGroup"][];
            /** @description The group compared against; null when every group is suppressed. */
            referenceGroup: string | null;
        };
        /**
         * @description Equality monitoring data for the people to audit, and how to measure. Held in memory for the audit only.
         * @example {
         *       "people": [
         *         {
         *           "records": [
         *             {
         *               "sourceId": "hr-core",
         *               "recordId": "HR-3F8K2M1A"
         *             }
         *           ],
         *           "attributes": {
         *             "sex": "female",
         *             "ethnicity": "White"
         *           }
         *         }
         *       ]
         *     }
         */
        FairnessAuditRequest: {
            options?: components["schemas"]["FairnessOptions"];
            /** @description Up to 200,000 people. */
            people: components["schemas"]["EqualityPerson"][];
        };
        /**
         * @description The measures of one detector, per characteristic and group.
         * @example {
         *       "detectorId": "*",
         *       "flaggedPeople": 72,
         *       "flags": 80,
         *       "attributes": [
         *         {
         *           "attribute": "ethnicity",
         *           "referenceGroup": "White",
         *           "groups": [
         *             {
         *               "group": "White",
         *               "people": 4000,
         *               "suppressed": false,
         *               "flagRate": {
         *                 "rate": {
         *                   "events": 60,
         *                   "total": 4000,
         *                   "rate": 0.015,
         *                   "interval": {
         *                     "lower": 0.0117,
         *                     "upper": 0.0193
         *                   }
         *                 },
         *                 "disparity": {
         *                   "ratio": 1,
         *                   "interval": null,
         *                   "corrected": false,
         *                   "pValue": null,
         *                   "assessment": "reference"
         *                 }
         *               },
         *               "unfoundedShare": {
         *                 "rate": {
         *                   "events": 20,
         *                   "total": 50,
         *                   "rate": 0.4,
         *                   "interval": {
         *                     "lower": 0.2761,
         *                     "upper": 0.5382
         *                   }
         *                 },
         *                 "disparity": {
         *                   "ratio": 1,
         *                   "interval": null,
         *                   "corrected": false,
         *                   "pValue": null,
         *                   "assessment": "reference"
         *                 }
         *               }
         *             },
         *             {
         *               "group": "Black, Black British, Caribbean or African",
         *               "people": 400,
         *               "suppressed": false,
         *               "flagRate": {
         *                 "rate": {
         *                   "events": 12,
         *                   "total": 400,
         *                   "rate": 0.03,
         *                   "interval": {
         *                     "lower": 0.0172,
         *                     "upper": 0.0517
         *                   }
         *                 },
         *                 "disparity": {
         *                   "ratio": 2,
         *                   "interval": {
         *                     "lower": 1.0854,
         *                     "upper": 3.6853
         *                   },
         *                   "corrected": false,
         *                   "pValue": 0.0262,
         *                   "assessment": "outside-band"
         *                 }
         *               },
         *               "unfoundedShare": {
         *                 "rate": null,
         *                 "disparity": {
         *                   "ratio": null,
         *                   "interval": null,
         *                   "corrected": false,
         *                   "pValue": null,
         *                   "assessment": "suppressed"
         *                 }
         *               }
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        FairnessDetector: {
            attributes: components["schemas"]["FairnessAttribute"][];
            /** @description A detector, or `*` for any detector (people with at least one flag). */
            detectorId: string;
            /** @description People of the equality data with at least one of its flags. */
            flaggedPeople: number;
            /** @description Its flags concerning those people. */
            flags: number;
        };
        /**
         * @description A disparity ratio against the reference group, with its interval and what it means against the band.
         * @example {
         *       "ratio": 2,
         *       "interval": {
         *         "lower": 1.0854,
         *         "upper": 3.6853
         *       },
         *       "corrected": false,
         *       "pValue": 0.0262,
         *       "assessment": "outside-band"
         *     }
         */
        FairnessDisparity: {
            /**
             * @description `outside-band`: the ratio is outside the band and the difference survives the Benjamini–Hochberg procedure across every comparison of the report (its interval then excludes 1); `outside-band-uncertain`: outside the band, but chance cannot be ruled out; `within-band`; `not-estimable`: no events in either group; `suppressed`: a group or a denominator is below the minimum size; `reference`: the reference group itself.
             * @enum {string}
             */
            assessment: "reference" | "within-band" | "outside-band" | "outside-band-uncertain" | "not-estimable" | "suppressed";
            /** @description 0.5 was added to every cell because one of the two groups had no events. */
            corrected: boolean;
            /** @description Katz log interval of the ratio; from 0 when the group had no events. */
            interval: {
                lower: number;
                /** @description Null when unbounded: the reference group had no events. */
                upper: number | null;
            } | null;
            /** @description Two-sided p-value of the ratio against 1, from the same log-normal approximation; null when there is no ratio. */
            pValue: number | null;
            /** @description The group’s rate over the reference group’s; null when unbounded (the reference had no events, the group some), not estimable or suppressed. */
            ratio: number | null;
        };
        /**
         * @description A disparity outside the band: a prompt for inquiry, not a verdict.
         * @example {
         *       "detectorId": "*",
         *       "attribute": "ethnicity",
         *       "group": "Black, Black British, Caribbean or African",
         *       "referenceGroup": "White",
         *       "measure": "flagRate",
         *       "ratio": 2,
         *       "interval": {
         *         "lower": 1.0854,
         *         "upper": 3.6853
         *       },
         *       "pValue": 0.0262,
         *       "assessment": "outside-band"
         *     }
         */
        FairnessFinding: {
            /** @enum {string} */
            assessment: "outside-band" | "outside-band-uncertain";
            attribute: string;
            detectorId: string;
            group: string;
            interval: {
                lower: number;
                /** @description Null when unbounded: the reference group had no events. */
                upper: number | null;
            };
            /** @enum {string} */
            measure: "flagRate" | "falsePositiveRate" | "falseNegativeRate" | "unfoundedShare";
            pValue: number;
            /** @description Null when unbounded: the reference group had none. */
            ratio: number | null;
            referenceGroup: string;
        };
        /**
         * @description The measures of one group.
         * @example {
         *       "group": "Black, Black British, Caribbean or African",
         *       "people": 400,
         *       "suppressed": false,
         *       "flagRate": {
         *         "rate": {
         *           "events": 12,
         *           "total": 400,
         *           "rate": 0.03,
         *           "interval": {
         *             "lower": 0.0172,
         *             "upper": 0.0517
         *           }
         *         },
         *         "disparity": {
         *           "ratio": 2,
         *           "interval": {
         *             "lower": 1.0854,
         *             "upper": 3.6853
         *           },
         *           "corrected": false,
         *           "pValue": 0.0262,
         *           "assessment": "outside-band"
         *         }
         *       },
         *       "unfoundedShare": {
         *         "rate": null,
         *         "disparity": {
         *           "ratio": null,
         *           "interval": null,
         *           "corrected": false,
         *           "pValue": null,
         *           "assessment": "suppressed"
         *         }
         *       }
         *     }
         */
        FairnessGroup: {
            /** @description Known truth only: people the truth flags that were not flagged, over people the truth flags. */
            falseNegativeRate?: {
                disparity: components["schemas"]["FairnessDisparity"];
                /** @description Null when suppressed. */
                rate: components["schemas"]["FairnessRate"] | null;
            };
            /** @description Known truth only: people flagged that the truth does not flag, over people the truth does not flag. */
            falsePositiveRate?: {
                disparity: components["schemas"]["FairnessDisparity"];
                /** @description Null when suppressed. */
                rate: components["schemas"]["FairnessRate"] | null;
            };
            /** @description People of the group with at least one flag, over people of the group. */
            flagRate: {
                disparity: components["schemas"]["FairnessDisparity"];
                /** @description Null when suppressed. */
                rate: components["schemas"]["FairnessRate"] | null;
            };
            /** @description The group’s name as the equality data gives it; "" is “not recorded”. */
            group: string;
            /** @description People of the group in the equality data. */
            people: number;
            /** @description The group is below the minimum size (or suppressed so that a smaller one cannot be worked out): none of its measures is shown. */
            suppressed: boolean;
            /** @description Closed flags concerning the group that were closed with no case to answer, over closed flags concerning the group. */
            unfoundedShare: {
                disparity: components["schemas"]["FairnessDisparity"];
                /** @description Null when suppressed. */
                rate: components["schemas"]["FairnessRate"] | null;
            };
        };
        /**
         * @description How the audit measures; every field has a default.
         * @example {
         *       "band": {
         *         "lower": 0.8,
         *         "upper": 1.25
         *       },
         *       "minimumGroupSize": 20
         *     }
         */
        FairnessOptions: {
            /**
             * @description The fairness band: a disparity ratio inside it is treated as parity (Aequitas’s τ = 0.8 gives 0.8 to 1.25).
             * @default {
             *       "lower": 0.8,
             *       "upper": 1.25
             *     }
             */
            band: {
                /**
                 * @description Lowest disparity ratio within the band.
                 * @default 0.8
                 */
                lower: number;
                /**
                 * @description Highest disparity ratio within the band.
                 * @default 1.25
                 */
                upper: number;
            };
            /**
             * @description Confidence level of every interval.
             * @default 0.95
             */
            confidenceLevel: number;
            /** @description Only these detectors (default: every detector). */
            detectors?: string[];
            /**
             * @description A group, or any rate’s denominator, smaller than this is suppressed: not shown, not compared.
             * @default 20
             */
            minimumGroupSize: number;
            /**
             * Format: date
             * @description Only flags raised on or after this day (UTC).
             */
            raisedFrom?: string;
            /**
             * Format: date
             * @description Only flags raised on or before this day (UTC).
             */
            raisedTo?: string;
            /** @description The group each attribute is compared against; by default its largest group. */
            referenceGroups?: {
                [key: string]: string;
            };
        };
        /**
         * @description A rate in one group, with its Wilson score interval.
         * @example {
         *       "events": 12,
         *       "total": 400,
         *       "rate": 0.03,
         *       "interval": {
         *         "lower": 0.0172,
         *         "upper": 0.0517
         *       }
         *     }
         */
        FairnessRate: {
            /** @description People (or flags) counted. */
            events: number;
            /** @description Wilson score interval. */
            interval: {
                lower: number;
                upper: number;
            };
            rate: number;
            /** @description Out of this many. */
            total: number;
        };
        /**
         * @description Aggregates only: rates and disparity ratios per group with confidence intervals, small groups suppressed. A disparity is a prompt for inquiry, not proof of bias: confounders such as rank, unit and length of service are not controlled for.
         * @example {
         *       "generatedAt": "2026-04-01T09:00:00Z",
         *       "computedBy": "gateway",
         *       "adapter": {
         *         "id": "reference",
         *         "name": "Plumbline reference engine",
         *         "version": "0.1.0",
         *         "vendor": "Plumbline"
         *       },
         *       "method": {
         *         "band": {
         *           "lower": 0.8,
         *           "upper": 1.25
         *         },
         *         "minimumGroupSize": 20,
         *         "confidenceLevel": 0.95,
         *         "rateInterval": "wilson",
         *         "ratioInterval": "katz-log",
         *         "zeroCellCorrection": 0.5,
         *         "multipleComparisons": "benjamini-hochberg",
         *         "falseDiscoveryRate": 0.05,
         *         "unfoundedOutcomes": [
         *           "no_further_action",
         *           "data_error"
         *         ],
         *         "truth": false,
         *         "raisedFrom": null,
         *         "raisedTo": null
         *       },
         *       "population": {
         *         "people": 4400,
         *         "flaggedPeople": 72,
         *         "flagsRead": 81,
         *         "flagsMatched": 80,
         *         "sharedSubjects": 0,
         *         "coverage": {
         *           "checked": 200,
         *           "found": 200
         *         }
         *       },
         *       "detectors": [
         *         {
         *           "detectorId": "*",
         *           "flaggedPeople": 72,
         *           "flags": 80,
         *           "attributes": [
         *             {
         *               "attribute": "ethnicity",
         *               "referenceGroup": "White",
         *               "groups": [
         *                 {
         *                   "group": "White",
         *                   "people": 4000,
         *                   "suppressed": false,
         *                   "flagRate": {
         *                     "rate": {
         *                       "events": 60,
         *                       "total": 4000,
         *                       "rate": 0.015,
         *                       "interval": {
         *                         "lower": 0.0117,
         *                         "upper": 0.0193
         *                       }
         *                     },
         *                     "disparity": {
         *                       "ratio": 1,
         *                       "interval": null,
         *                       "corrected": false,
         *                       "pValue": null,
         *                       "assessment": "reference"
         *                     }
         *                   },
         *                   "unfoundedShare": {
         *                     "rate": {
         *                       "events": 20,
         *                       "total": 50,
         *                       "rate": 0.4,
         *                       "interval": {
         *                         "lower": 0.2761,
         *                         "upper": 0.5382
         *                       }
         *                     },
         *                     "disparity": {
         *                       "ratio": 1,
         *                       "interval": null,
         *                       "corrected": false,
         *                       "pValue": null,
         *                       "assessment": "reference"
         *                     }
         *                   }
         *                 },
         *                 {
         *                   "group": "Black, Black British, Caribbean or African",
         *                   "people": 400,
         *                   "suppressed": false,
         *                   "flagRate": {
         *                     "rate": {
         *                       "events": 12,
         *                       "total": 400,
         *                       "rate": 0.03,
         *                       "interval": {
         *                         "lower": 0.0172,
         *                         "upper": 0.0517
         *                       }
         *                     },
         *                     "disparity": {
         *                       "ratio": 2,
         *                       "interval": {
         *                         "lower": 1.0854,
         *                         "upper": 3.6853
         *                       },
         *                       "corrected": false,
         *                       "pValue": 0.0262,
         *                       "assessment": "outside-band"
         *                     }
         *                   },
         *                   "unfoundedShare": {
         *                     "rate": null,
         *                     "disparity": {
         *                       "ratio": null,
         *                       "interval": null,
         *                       "corrected": false,
         *                       "pValue": null,
         *                       "assessment": "suppressed"
         *                     }
         *                   }
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       ],
         *       "findings": [
         *         {
         *           "detectorId": "*",
         *           "attribute": "ethnicity",
         *           "group": "Black, Black British, Caribbean or African",
         *           "referenceGroup": "White",
         *           "measure": "flagRate",
         *           "ratio": 2,
         *           "interval": {
         *             "lower": 1.0854,
         *             "upper": 3.6853
         *           },
         *           "pValue": 0.0262,
         *           "assessment": "outside-band"
         *         }
         *       ],
         *       "notes": [
         *         "A disparity is a prompt for inquiry, not proof of bias."
         *       ]
         *     }
         */
        FairnessReport: {
            /** @description The adapter whose flags were audited. */
            adapter: {
                id: string;
                name: string;
                vendor: string;
                version: string;
            } | null;
            /**
             * @description Who combined the equality data with the flags: the gateway’s audit route, or a client from the contract’s standard reads.
             * @enum {string}
             */
            computedBy: "gateway" | "client";
            /** @description `*` (any detector) first, then each detector. */
            detectors: components["schemas"]["FairnessDetector"][];
            /** @description Every disparity outside the band, most extreme first. */
            findings: components["schemas"]["FairnessFinding"][];
            /** Format: date-time */
            generatedAt: string;
            method: {
                band: {
                    lower: number;
                    upper: number;
                };
                confidenceLevel: number;
                /** @description The level of that procedure: 1 − the confidence level. */
                falseDiscoveryRate: number;
                minimumGroupSize: number;
                /**
                 * @description How a disparity outside the band is made firm: a discovery among every comparison of the report.
                 * @constant
                 */
                multipleComparisons: "benjamini-hochberg";
                raisedFrom: string | null;
                raisedTo: string | null;
                /** @constant */
                rateInterval: "wilson";
                /** @constant */
                ratioInterval: "katz-log";
                /** @description Whether the expected flags were known (a synthetic force), giving false-positive and false-negative rates. */
                truth: boolean;
                /** @description Outcomes counted as “closed with no case to answer”. */
                unfoundedOutcomes: components["schemas"]["ReviewOutcome"][];
                /** @description Added to every cell of a ratio when one group has no events. */
                zeroCellCorrection: number;
            };
            /** @description What limits the reading of these figures. */
            notes: string[];
            population: {
                /** @description A sample of people whose first record was looked up in the adapter: how many it holds. People it does not hold still count as unflagged. */
                coverage: {
                    checked: number;
                    found: number;
                } | null;
                /** @description Of them, people with at least one flag. */
                flaggedPeople: number;
                /** @description Of them, flags concerning at least one person of the equality data. */
                flagsMatched: number;
                /** @description Flags read from the adapter (in the period and detectors chosen). */
                flagsRead: number;
                /** @description People in the equality data. */
                people: number;
                /** @description Flagged subjects holding records of two or more people of the equality data (a flag on one counts for each). */
                sharedSubjects: number;
            };
        };
        /**
         * @description How one identity field compared between two records, and what it contributed to the score.
         * @example {
         *       "field": "givenName",
         *       "level": "nickname",
         *       "weight": 3.1
         *     }
         */
        FieldComparison: {
            /** @description The identity field compared. */
            field: string;
            /**
             * @description `exact`; `close` and `similar` (string similarity bands); `nickname` (known equivalents such as Robert/Bob); `transposed` (day and month swapped, or two digits swapped); `different`; `missing` on either side.
             * @enum {string}
             */
            level: "exact" | "close" | "similar" | "nickname" | "transposed" | "different" | "missing";
            /** @description String similarity where one was computed (Jaro-Winkler). */
            similarity?: number;
            /** @description Log2 match weight this level contributes; negative against a match. */
            weight: number;
        };
        /**
         * @description A prompt for human review raised by a detector. It is never a finding or a decision.
         * @example {
         *       "flagId": "flag-0001",
         *       "detectorId": "repeated-allegations",
         *       "detectorVersion": "1.0.0",
         *       "category": "standards",
         *       "severity": "medium",
         *       "subjectIds": [
         *         "subj-7f3a"
         *       ],
         *       "rationale": "3 allegations in distinct cases between 2025-06-01 and 2026-02-10 (365-day window; threshold 3).",
         *       "evidence": [
         *         {
         *           "sourceId": "complaints",
         *           "recordId": "CMP-2025-0101-1"
         *         },
         *         {
         *           "sourceId": "complaints",
         *           "recordId": "CMP-2025-0300-1"
         *         },
         *         {
         *           "sourceId": "complaints",
         *           "recordId": "CMP-2026-0042-1"
         *         }
         *       ],
         *       "measurements": {
         *         "distinctCases": 3,
         *         "threshold": 3,
         *         "windowDays": 365
         *       },
         *       "window": {
         *         "start": "2025-02-11",
         *         "end": "2026-02-10"
         *       },
         *       "asOf": "2026-03-31",
         *       "raisedAt": "2026-03-31T06:00:00Z",
         *       "runId": "run-01JA0",
         *       "status": "open",
         *       "outcome": null,
         *       "reviews": []
         *     }
         */
        Flag: {
            /**
             * Format: date
             * @description The as-of date of the run that raised it.
             */
            asOf: string;
            category: components["schemas"]["FlagCategory"];
            detectorId: string;
            detectorVersion: string;
            /** @description The records that made the rule hold. */
            evidence: components["schemas"]["RecordRef"][];
            extensions?: components["schemas"]["Extensions"];
            flagId: string;
            /** @description The measured values compared with the thresholds. */
            measurements: {
                [key: string]: number;
            };
            /** @description The closing outcome; null until closed. */
            outcome: components["schemas"]["ReviewOutcome"] | null;
            /** Format: date-time */
            raisedAt: string;
            /** @description Why the flag was raised, in plain language. */
            rationale: string;
            /** @description Every review step, oldest first. */
            reviews: components["schemas"]["Review"][];
            /** @description The flagging run that raised it. */
            runId: string;
            severity: components["schemas"]["Severity"];
            status: components["schemas"]["FlagStatus"];
            /** @description The subjects concerned; a group flag names every member. */
            subjectIds: string[];
            /** @description The period the rule looked at, inclusive. */
            window: {
                /** Format: date */
                end: string;
                /** Format: date */
                start: string;
            };
        };
        /**
         * @description The area of concern: professional standards, integrity, welfare or culture.
         * @example integrity
         * @enum {string}
         */
        FlagCategory: "standards" | "integrity" | "welfare" | "culture";
        /**
         * @description Starts a flagging run.
         * @example {
         *       "asOf": "2026-03-31",
         *       "detectors": [
         *         {
         *           "detectorId": "repeated-allegations",
         *           "parameters": {}
         *         }
         *       ]
         *     }
         */
        FlaggingRunRequest: {
            /**
             * Format: date
             * @description The date the detectors look back from; windows end on this day, inclusive.
             */
            asOf: string;
            /** @description Detectors to evaluate; every detector of the catalogue with default parameters when omitted. */
            detectors?: components["schemas"]["DetectorSelection"][];
        };
        /**
         * @description A page of results. Follow `nextCursor` until it is null to read every item exactly once.
         * @example {
         *       "items": [
         *         {
         *           "flagId": "flag-0001",
         *           "detectorId": "repeated-allegations",
         *           "detectorVersion": "1.0.0",
         *           "category": "standards",
         *           "severity": "medium",
         *           "subjectIds": [
         *             "subj-7f3a"
         *           ],
         *           "rationale": "3 allegations in distinct cases between 2025-06-01 and 2026-02-10 (365-day window; threshold 3).",
         *           "evidence": [
         *             {
         *               "sourceId": "complaints",
         *               "recordId": "CMP-2025-0101-1"
         *             },
         *             {
         *               "sourceId": "complaints",
         *               "recordId": "CMP-2025-0300-1"
         *             },
         *             {
         *               "sourceId": "complaints",
         *               "recordId": "CMP-2026-0042-1"
         *             }
         *           ],
         *           "measurements": {
         *             "distinctCases": 3,
         *             "threshold": 3,
         *             "windowDays": 365
         *           },
         *           "window": {
         *             "start": "2025-02-11",
         *             "end": "2026-02-10"
         *           },
         *           "asOf": "2026-03-31",
         *           "raisedAt": "2026-03-31T06:00:00Z",
         *           "runId": "run-01JA0",
         *           "status": "open",
         *           "outcome": null,
         *           "reviews": []
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        FlagPage: {
            items: components["schemas"]["Flag"][];
            /** @description Pass as `cursor` to fetch the next page; null when this is the last page. */
            nextCursor: string | null;
        };
        /**
         * @description Where the flag is in its review: `open` → `in_review` → `closed`.
         * @example open
         * @enum {string}
         */
        FlagStatus: "open" | "in_review" | "closed";
        /**
         * @description The gateway (liveness) or the gateway and its adapter (readiness) can serve.
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * @description A batch of records from one source.
         * @example {
         *       "records": [
         *         {
         *           "type": "use_of_force",
         *           "recordId": "UOF-2026-11873",
         *           "occurredAt": "2026-02-28T01:40:00Z",
         *           "identity": {
         *             "warrantNumber": "214871",
         *             "familyName": "Okafor"
         *           },
         *           "incidentReference": "CAD-2026-02-28-0112",
         *           "tactic": "handcuffing"
         *         }
         *       ]
         *     }
         */
        IngestBatch: {
            /** @description 1 to 5000 records. Each is checked on its own: an invalid record is rejected without failing the others; more than 5000 is refused with 413. */
            records: unknown[];
        };
        /**
         * @description The outcome of a batch. Every record not rejected is committed, durably, before this answer is sent.
         * @example {
         *       "sourceId": "uof-log",
         *       "counts": {
         *         "created": 1,
         *         "updated": 0,
         *         "unchanged": 0,
         *         "rejected": 0
         *       },
         *       "results": [
         *         {
         *           "index": 0,
         *           "recordId": "UOF-2026-11873",
         *           "status": "created"
         *         }
         *       ]
         *     }
         */
        IngestResult: {
            counts: {
                created: number;
                rejected: number;
                unchanged: number;
                updated: number;
            };
            /** @description One result per record, in batch order. */
            results: components["schemas"]["RecordResult"][];
            sourceId: string;
        };
        /**
         * @description A business interest, association or membership the person declared; `occurredAt` is when it was declared.
         * @example {
         *       "type": "interest_declaration",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "DEC-5521",
         *       "occurredAt": "2025-11-03T10:00:00Z",
         *       "interestKind": "business_interest",
         *       "counterparty": "Okafor Lettings Ltd",
         *       "status": "approved"
         *     }
         */
        InterestDeclarationRecord: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description The business, organisation or person declared. */
            counterparty: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentity"];
            /**
             * @description What was declared.
             * @enum {string}
             */
            interestKind: "business_interest" | "association" | "membership";
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /**
             * @description Where the declaration stands.
             * @enum {string}
             */
            status: "submitted" | "approved" | "rejected" | "withdrawn";
            /** @constant */
            type: "interest_declaration";
        };
        /**
         * @description A business interest, association or membership the person declared; `occurredAt` is when it was declared.
         * @example {
         *       "type": "interest_declaration",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "DEC-5521",
         *       "occurredAt": "2025-11-03T10:00:00Z",
         *       "interestKind": "business_interest",
         *       "counterparty": "Okafor Lettings Ltd",
         *       "status": "approved"
         *     }
         */
        InterestDeclarationRecordInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description The business, organisation or person declared. */
            counterparty: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentityInput"];
            /**
             * @description What was declared.
             * @enum {string}
             */
            interestKind: "business_interest" | "association" | "membership";
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /**
             * @description Where the declaration stands.
             * @enum {string}
             */
            status: "submitted" | "approved" | "rejected" | "withdrawn";
            /** @constant */
            type: "interest_declaration";
        };
        /**
         * @description Latency and errors of one side of the parallel run, as a histogram.
         * @example {
         *       "count": 1200,
         *       "errors": 0,
         *       "errorRate": 0,
         *       "meanMs": 6.2,
         *       "p50Ms": 5,
         *       "p95Ms": 20,
         *       "buckets": [
         *         10,
         *         90,
         *         500,
         *         400,
         *         150,
         *         40,
         *         10,
         *         0,
         *         0,
         *         0,
         *         0,
         *         0,
         *         0
         *       ]
         *     }
         */
        LatencySummary: {
            /** @description Calls per bucket of `bucketsMs`, and a last bucket for slower ones. */
            buckets: number[];
            count: number;
            errorRate: number;
            errors: number;
            meanMs: number;
            /** @description The bucket bound under which half the calls finished; null when none, or beyond the last bound. */
            p50Ms: number | null;
            p95Ms: number | null;
        };
        /**
         * @description `identifier`: a shared verified strong identifier; `probabilistic`: scored above the threshold; `override`: a human must-link; `imported`: joined by the adapter the data was imported from (exports carry membership, not that adapter’s reasons), until the next full consolidation run explains it afresh.
         * @example identifier
         * @enum {string}
         */
        LinkBasis: "identifier" | "probabilistic" | "override" | "imported";
        /**
         * @description A possible match: two records in different subjects that may be one person. Decide it with a link override (`must_link` or `cannot_link`) between `left` and `right`; it leaves the queue at the next consolidation run.
         * @example {
         *       "candidateId": "cand-3k-9q",
         *       "left": {
         *         "sourceId": "hr-core",
         *         "recordId": "EMP-000123-1"
         *       },
         *       "right": {
         *         "sourceId": "complaints",
         *         "recordId": "CMP-2026-0042-1"
         *       },
         *       "leftSubjectId": "subj-7f3a",
         *       "rightSubjectId": "subj-91c0",
         *       "score": -1.7,
         *       "threshold": 0,
         *       "comparisons": [
         *         {
         *           "field": "givenName",
         *           "level": "exact",
         *           "weight": 4.9
         *         },
         *         {
         *           "field": "familyName",
         *           "level": "exact",
         *           "weight": 6.2
         *         },
         *         {
         *           "field": "dateOfBirth",
         *           "level": "missing",
         *           "weight": 0
         *         },
         *         {
         *           "field": "warrantNumber",
         *           "level": "missing",
         *           "weight": 0
         *         }
         *       ],
         *       "foundAt": "2026-03-01T08:00:12Z"
         *     }
         */
        LinkCandidate: {
            /** @description Identifies this pair while it stays on the queue. */
            candidateId: string;
            /** @description Every field either record holds: which agree (`exact`, `close`, `nickname`, …), which disagree (`different`), which one side lacks (`missing`), and each one’s weight. */
            comparisons: components["schemas"]["FieldComparison"][];
            /**
             * Format: date-time
             * @description When the consolidation run that proposed the pair finished.
             */
            foundAt: string;
            /** @description A record of the left subject: one of the pair whose comparison is shown. */
            left: components["schemas"]["RecordRef"];
            /** @description The subject `left` belongs to now. */
            leftSubjectId: string;
            /** @description A record of the right subject: the other of the pair. */
            right: components["schemas"]["RecordRef"];
            /** @description The subject `right` belongs to now; never the same as `leftSubjectId`. */
            rightSubjectId: string;
            /** @description The pair’s total match weight (log2 odds: sum of field weights plus the prior). */
            score: number;
            /** @description The weight at which the adapter would have linked them on its own. */
            threshold: number;
        };
        /**
         * @description A page of results. Follow `nextCursor` until it is null to read every item exactly once.
         * @example {
         *       "items": [
         *         {
         *           "candidateId": "cand-3k-9q",
         *           "left": {
         *             "sourceId": "hr-core",
         *             "recordId": "EMP-000123-1"
         *           },
         *           "right": {
         *             "sourceId": "complaints",
         *             "recordId": "CMP-2026-0042-1"
         *           },
         *           "leftSubjectId": "subj-7f3a",
         *           "rightSubjectId": "subj-91c0",
         *           "score": -1.7,
         *           "threshold": 0,
         *           "comparisons": [
         *             {
         *               "field": "givenName",
         *               "level": "exact",
         *               "weight": 4.9
         *             },
         *             {
         *               "field": "familyName",
         *               "level": "exact",
         *               "weight": 6.2
         *             },
         *             {
         *               "field": "dateOfBirth",
         *               "level": "missing",
         *               "weight": 0
         *             },
         *             {
         *               "field": "warrantNumber",
         *               "level": "missing",
         *               "weight": 0
         *             }
         *           ],
         *           "foundAt": "2026-03-01T08:00:12Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        LinkCandidatePage: {
            items: components["schemas"]["LinkCandidate"][];
            /** @description Pass as `cursor` to fetch the next page; null when this is the last page. */
            nextCursor: string | null;
        };
        /**
         * @description Why two records are in the same subject. The links of a subject connect all of its records.
         * @example {
         *       "subjectId": "subj-7f3a",
         *       "left": {
         *         "sourceId": "hr-core",
         *         "recordId": "EMP-000123-1"
         *       },
         *       "right": {
         *         "sourceId": "complaints",
         *         "recordId": "CMP-2026-0042-1"
         *       },
         *       "basis": "probabilistic",
         *       "score": 14.2,
         *       "threshold": 6,
         *       "comparisons": [
         *         {
         *           "field": "familyName",
         *           "level": "exact",
         *           "weight": 8.4
         *         },
         *         {
         *           "field": "givenName",
         *           "level": "nickname",
         *           "weight": 3.1
         *         },
         *         {
         *           "field": "warrantNumber",
         *           "level": "transposed",
         *           "weight": 2.7
         *         }
         *       ],
         *       "decidedAt": "2026-03-01T08:00:12Z"
         *     }
         */
        LinkExplanation: {
            basis: components["schemas"]["LinkBasis"];
            /** @description For `probabilistic`: every field compared. */
            comparisons?: components["schemas"]["FieldComparison"][];
            /**
             * Format: date-time
             * @description When this link was made.
             */
            decidedAt: string;
            /** @description For `identifier`: the identifier both records share. */
            identifier?: {
                field: string;
                value: string;
            };
            left: components["schemas"]["RecordRef"];
            /** @description For `override`: the must-link that made it. */
            overrideId?: string;
            right: components["schemas"]["RecordRef"];
            /** @description For `probabilistic`: the total match weight (sum of field weights plus the prior). */
            score?: number;
            subjectId: string;
            /** @description For `probabilistic`: the weight above which records link. */
            threshold?: number;
        };
        /**
         * @description A recorded link override. It takes effect at the next consolidation run.
         * @example {
         *       "overrideId": "ovr-001",
         *       "kind": "cannot_link",
         *       "left": {
         *         "sourceId": "hr-core",
         *         "recordId": "EMP-000123-1"
         *       },
         *       "right": {
         *         "sourceId": "complaints",
         *         "recordId": "CMP-2026-0042-1"
         *       },
         *       "reason": "Different dates of birth confirmed with HR; same name only.",
         *       "createdBy": "reviewer-17",
         *       "createdAt": "2026-03-02T10:00:00Z"
         *     }
         */
        LinkOverride: {
            /** Format: date-time */
            createdAt: string;
            /** @description Who made the decision. */
            createdBy: string;
            kind: components["schemas"]["OverrideKind"];
            left: components["schemas"]["RecordRef"];
            overrideId: string;
            /** @description Why a person made this decision; kept for the audit trail. */
            reason: string;
            right: components["schemas"]["RecordRef"];
        };
        /**
         * @description A page of results. Follow `nextCursor` until it is null to read every item exactly once.
         * @example {
         *       "items": [
         *         {
         *           "overrideId": "ovr-001",
         *           "kind": "cannot_link",
         *           "left": {
         *             "sourceId": "hr-core",
         *             "recordId": "EMP-000123-1"
         *           },
         *           "right": {
         *             "sourceId": "complaints",
         *             "recordId": "CMP-2026-0042-1"
         *           },
         *           "reason": "Different dates of birth confirmed with HR; same name only.",
         *           "createdBy": "reviewer-17",
         *           "createdAt": "2026-03-02T10:00:00Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        LinkOverridePage: {
            items: components["schemas"]["LinkOverride"][];
            /** @description Pass as `cursor` to fetch the next page; null when this is the last page. */
            nextCursor: string | null;
        };
        /**
         * @description A human decision that two records are, or are not, the same person.
         * @example {
         *       "kind": "cannot_link",
         *       "left": {
         *         "sourceId": "hr-core",
         *         "recordId": "EMP-000123-1"
         *       },
         *       "right": {
         *         "sourceId": "complaints",
         *         "recordId": "CMP-2026-0042-1"
         *       },
         *       "reason": "Different dates of birth confirmed with HR; same name only."
         *     }
         */
        LinkOverrideRequest: {
            kind: components["schemas"]["OverrideKind"];
            left: components["schemas"]["RecordRef"];
            /** @description Why a person made this decision; kept for the audit trail. */
            reason: string;
            right: components["schemas"]["RecordRef"];
        };
        /**
         * @description A page of results. Follow `nextCursor` until it is null to read every item exactly once.
         * @example {
         *       "items": [
         *         {
         *           "subjectId": "subj-7f3a",
         *           "left": {
         *             "sourceId": "hr-core",
         *             "recordId": "EMP-000123-1"
         *           },
         *           "right": {
         *             "sourceId": "complaints",
         *             "recordId": "CMP-2026-0042-1"
         *           },
         *           "basis": "probabilistic",
         *           "score": 14.2,
         *           "threshold": 6,
         *           "comparisons": [
         *             {
         *               "field": "familyName",
         *               "level": "exact",
         *               "weight": 8.4
         *             },
         *             {
         *               "field": "givenName",
         *               "level": "nickname",
         *               "weight": 3.1
         *             },
         *             {
         *               "field": "warrantNumber",
         *               "level": "transposed",
         *               "weight": 2.7
         *             }
         *           ],
         *           "decidedAt": "2026-03-01T08:00:12Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        LinkPage: {
            items: components["schemas"]["LinkExplanation"][];
            /** @description Pass as `cursor` to fetch the next page; null when this is the last page. */
            nextCursor: string | null;
        };
        /**
         * @description The contract version, the adapter behind the gateway, and its capability manifest.
         * @example {
         *       "contractVersion": "1.0.0",
         *       "adapter": {
         *         "id": "reference",
         *         "name": "Plumbline reference engine",
         *         "version": "0.1.0",
         *         "vendor": "Plumbline"
         *       },
         *       "capabilities": [
         *         "sources",
         *         "records.ingest",
         *         "consolidation",
         *         "flagging"
         *       ],
         *       "limits": {
         *         "maxBatchRecords": 5000,
         *         "maxPageSize": 500
         *       }
         *     }
         */
        Meta: {
            adapter: components["schemas"]["AdapterIdentity"];
            /** @description The capabilities this adapter offers. Anything not listed answers 501. */
            capabilities: components["schemas"]["Capability"][];
            /** @description The contract version spoken, such as `1.0.0`. */
            contractVersion: string;
            extensions?: components["schemas"]["Extensions"];
            /** @description Limits that clients must respect. */
            limits: {
                /** @description Largest ingest batch, in records. */
                maxBatchRecords: number;
                /** @description Largest `limit` of a list. */
                maxPageSize: number;
            };
        };
        /**
         * @description `must_link`: the two records are the same person; `cannot_link`: they are not.
         * @example cannot_link
         * @enum {string}
         */
        OverrideKind: "must_link" | "cannot_link";
        /**
         * @description A candidate supplier run beside the primary: how far the mirror of the primary’s writes has got, how far the candidate agrees, and both sides’ latency. Clients are only ever answered by the primary.
         * @example {
         *       "primary": {
         *         "id": "reference",
         *         "name": "Plumbline reference engine",
         *         "version": "0.1.0",
         *         "vendor": "Plumbline"
         *       },
         *       "candidate": {
         *         "id": "foundry",
         *         "name": "Foundry connector",
         *         "version": "0.1.0",
         *         "vendor": "Plumbline"
         *       },
         *       "since": "2026-03-01T08:00:00Z",
         *       "mirror": {
         *         "pending": 0,
         *         "delivered": 5120,
         *         "undeliverable": 1,
         *         "overflow": 0,
         *         "lagSeconds": 0,
         *         "problems": [
         *           {
         *             "sequence": 88,
         *             "operation": "reviewFlag",
         *             "sourceId": null,
         *             "problem": "not-found: The candidate raised no \"repeated-allegations\" flag on the same evidence"
         *           }
         *         ]
         *       },
         *       "agreement": {
         *         "latest": {
         *           "observedAt": "2026-03-02T10:05:00Z",
         *           "kind": "consolidation",
         *           "primaryRunId": "run-000042",
         *           "candidateRunId": "ri.run.7c1",
         *           "records": 10230,
         *           "consolidation": {
         *             "precision": 0.98,
         *             "recall": 1,
         *             "f1": 0.99,
         *             "predictedPairs": 1402,
         *             "truePairs": 1374,
         *             "correctPairs": 1374
         *           },
         *           "subjectsInDisagreement": 1,
         *           "disagreements": [
         *             {
         *               "primary": {
         *                 "subjectId": "subj-7f3a",
         *                 "records": [
         *                   "hr-core/EMP-000123-1",
         *                   "complaints/CMP-2026-0042-1"
         *                 ]
         *               },
         *               "candidate": [
         *                 {
         *                   "subjectId": "C-88",
         *                   "records": [
         *                     "hr-core/EMP-000123-1",
         *                     "complaints/CMP-2026-0042-1",
         *                     "hr-core/EMP-000456-1"
         *                   ]
         *                 }
         *               ],
         *               "pairsInDispute": 2
         *             }
         *           ],
         *           "flags": [
         *             {
         *               "detectorId": "repeated-allegations",
         *               "primary": 12,
         *               "candidate": 13,
         *               "same": 12,
         *               "differing": 0,
         *               "onlyPrimary": 0,
         *               "onlyCandidate": 1
         *             }
         *           ]
         *         },
         *         "history": [
         *           {
         *             "observedAt": "2026-03-02T10:05:00Z",
         *             "kind": "consolidation",
         *             "f1": 0.99,
         *             "precision": 0.98,
         *             "recall": 1,
         *             "subjectsInDisagreement": 1,
         *             "flagsSame": 12,
         *             "flagsTotal": 13
         *           }
         *         ]
         *       },
         *       "reads": {
         *         "sampleEvery": 10,
         *         "sampled": 120,
         *         "agreed": 118,
         *         "skipped": 3,
         *         "failed": 0,
         *         "fields": [
         *           {
         *             "operation": "getSubject",
         *             "path": "/canonicalIdentity/postcode",
         *             "count": 2
         *           }
         *         ],
         *         "noise": [
         *           {
         *             "operation": "getRecord",
         *             "path": "/ingestedAt",
         *             "count": 1
         *           }
         *         ]
         *       },
         *       "latency": {
         *         "bucketsMs": [
         *           1,
         *           2,
         *           5,
         *           10,
         *           20,
         *           50,
         *           100,
         *           200,
         *           500,
         *           1000,
         *           2000,
         *           5000
         *         ],
         *         "primary": {
         *           "count": 1200,
         *           "errors": 0,
         *           "errorRate": 0,
         *           "meanMs": 6.2,
         *           "p50Ms": 5,
         *           "p95Ms": 20,
         *           "buckets": [
         *             10,
         *             90,
         *             500,
         *             400,
         *             150,
         *             40,
         *             10,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0
         *           ]
         *         },
         *         "candidate": {
         *           "count": 1200,
         *           "errors": 0,
         *           "errorRate": 0,
         *           "meanMs": 31.5,
         *           "p50Ms": 20,
         *           "p95Ms": 100,
         *           "buckets": [
         *             10,
         *             90,
         *             500,
         *             400,
         *             150,
         *             40,
         *             10,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0,
         *             0
         *           ]
         *         }
         *       }
         *     }
         */
        ParallelRunStatus: {
            agreement: {
                /** @description Every comparison kept, oldest first (agreement over time). */
                history: {
                    f1: number;
                    flagsSame: number;
                    flagsTotal: number;
                    kind: string;
                    /** Format: date-time */
                    observedAt: string;
                    precision: number;
                    recall: number;
                    subjectsInDisagreement: number;
                }[];
                latest: components["schemas"]["AgreementObservation"] | null;
            };
            candidate: components["schemas"]["AdapterIdentity"];
            latency: {
                bucketsMs: number[];
                /** @description Mirrored writes and sampled reads, as the candidate answered them. */
                candidate: components["schemas"]["LatencySummary"];
                /** @description Every request the gateway answered, as clients saw it. */
                primary: components["schemas"]["LatencySummary"];
            };
            mirror: {
                delivered: number;
                /** @description How long the oldest waiting write has waited. */
                lagSeconds: number;
                /** @description Writes not kept because the backlog was full; never silently dropped. */
                overflow: number;
                /** @description Writes waiting to be mirrored. */
                pending: number;
                /** @description The latest undeliverable writes. */
                problems: {
                    operation: string;
                    problem: string;
                    sequence: number;
                    sourceId: string | null;
                }[];
                /** @description Writes the candidate refused or could not take within the retry policy. */
                undeliverable: number;
            };
            primary: components["schemas"]["AdapterIdentity"];
            reads: {
                agreed: number;
                failed: number;
                /** @description Fields answered differently beyond the noise floor. */
                fields: {
                    count: number;
                    operation: string;
                    path: string;
                }[];
                /** @description Fields ignored: the primary’s own two reads differed there. */
                noise: {
                    count: number;
                    operation: string;
                    path: string;
                }[];
                sampled: number;
                sampleEvery: number;
                skipped: number;
            };
            /**
             * Format: date-time
             * @description When this gateway process started the parallel run.
             */
            since: string;
        };
        /**
         * @description One person the two adapters consolidate differently, by record reference only.
         * @example {
         *       "primary": {
         *         "subjectId": "subj-7f3a",
         *         "records": [
         *           "hr-core/EMP-000123-1",
         *           "complaints/CMP-2026-0042-1"
         *         ]
         *       },
         *       "candidate": [
         *         {
         *           "subjectId": "C-88",
         *           "records": [
         *             "hr-core/EMP-000123-1",
         *             "complaints/CMP-2026-0042-1",
         *             "hr-core/EMP-000456-1"
         *           ]
         *         }
         *       ],
         *       "pairsInDispute": 2
         *     }
         */
        PartitionDisagreement: {
            /** @description The candidate’s subjects holding any of those records. */
            candidate: {
                records: string[];
                subjectId: string;
            }[];
            pairsInDispute: number;
            primary: {
                /** @description `sourceId/recordId` of each record. */
                records: string[];
                subjectId: string;
            };
        };
        /**
         * @description RFC 9457 problem details, served as `application/problem+json`. `type` is one of the registered kinds below
         *     (also machine-readable in `x-plumbline-problem-types`); clients branch on it, never on `title` or `detail`.
         *     New kinds may be added within v1; a kind is never removed nor answered with another status.
         *
         *     | type | status | when |
         *     |---|---|---|
         *     | `urn:plumbline:problem:validation-failed` | 400 | A path, query, header or body field is invalid or missing (`errors` names each), or the request line is malformed. |
         *     | `urn:plumbline:problem:unauthenticated` | 401 | No bearer token, or one that is expired, wrongly signed or for another audience. |
         *     | `urn:plumbline:problem:forbidden` | 403 | The token is valid but carries no role the operation allows. |
         *     | `urn:plumbline:problem:not-found` | 404 | No resource has that id (or no route that path); never answered with another resource. |
         *     | `urn:plumbline:problem:request-timeout` | 408 | The client did not send the whole request in time. |
         *     | `urn:plumbline:problem:conflict` | 409 | A contradictory override, an invalid review transition, or an import into a target that holds data. |
         *     | `urn:plumbline:problem:payload-too-large` | 413 | The body is over the size limit, or a batch holds more than `maxBatchRecords` records. |
         *     | `urn:plumbline:problem:uri-too-long` | 414 | A path segment is over 1,000 characters (ids hold at most 200). |
         *     | `urn:plumbline:problem:unsupported-media-type` | 415 | The body is not in the content type the operation takes (JSON, or NDJSON for imports). |
         *     | `urn:plumbline:problem:unprocessable` | 422 | The request is well formed but the adapter cannot act on it. |
         *     | `urn:plumbline:problem:rate-limited` | 429 | The caller is over its rate limit; retry after `Retry-After` seconds. |
         *     | `urn:plumbline:problem:headers-too-large` | 431 | The request’s headers are over the server’s limit (16 KiB on the Plumbline gateway). |
         *     | `urn:plumbline:problem:internal` | 500 | The server failed; the error is logged with the request id. |
         *     | `urn:plumbline:problem:capability-unsupported` | 501 | The operation belongs to a capability the adapter does not claim in `GET /v1/meta`; `capability` names it. |
         *     | `urn:plumbline:problem:adapter-contract-violation` | 502 | The adapter’s answer failed the gateway’s validation; `errors` says where. |
         *     | `urn:plumbline:problem:upstream-failure` | 502 | The supplier platform behind the adapter answered an error. |
         *     | `urn:plumbline:problem:upstream-unavailable` | 503 | The adapter or its platform cannot serve now; `Retry-After` may say when to retry. |
         *     | `urn:plumbline:problem:upstream-timeout` | 504 | The platform behind the adapter did not answer within the deadline. |
         * @example {
         *       "type": "urn:plumbline:problem:not-found",
         *       "title": "No such resource",
         *       "status": 404,
         *       "detail": "No subject with id \"subj-404\".",
         *       "instance": "/v1/subjects/subj-404"
         *     }
         */
        Problem: {
            /** @description For adapter and upstream problems: the adapter that caused it. */
            adapter?: string;
            /** @description For `capability-unsupported`: the capability the adapter does not claim. */
            capability?: string;
            /** @description What went wrong in this occurrence, in plain language. */
            detail?: string;
            /** @description Each invalid field, when the problem is about input or an adapter answer. The gateway's own problems list the first 100 when there are more (`detail` then says how many there were). */
            errors?: components["schemas"]["ProblemFieldError"][];
            /** @description The request path this problem occurred on. */
            instance?: string;
            /** @description Whether repeating the same request later may succeed. */
            retryable?: boolean;
            /** @description The HTTP status code. */
            status: number;
            /** @description A short summary of the kind of problem. */
            title: string;
            /** @description A stable URI for the kind of problem, such as `urn:plumbline:problem:not-found`. */
            type: string;
        };
        /**
         * @description One invalid field of a request or of an adapter answer.
         * @example {
         *       "path": "/records/0/occurredAt",
         *       "message": "Invalid ISO datetime"
         *     }
         */
        ProblemFieldError: {
            /** @description What is wrong there. */
            message: string;
            /** @description Where the problem is, as a JSON-pointer-like path such as `/records/3/identity/dateOfBirth`. */
            path: string;
        };
        /**
         * @description What a source says about a person, as it said it. The `type` field selects the type-specific fields. It is held and read back exactly as sent, so a field the contract does not define is refused, naming it (in a batch, that record is rejected on its own): a source’s own additions go under `extensions` as `x-<vendor>-<name>`.
         * @example {
         *       "type": "use_of_force",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "UOF-2026-11873",
         *       "occurredAt": "2026-02-28T01:40:00Z",
         *       "incidentReference": "CAD-2026-02-28-0112",
         *       "tactic": "handcuffing"
         *     }
         */
        Record: components["schemas"]["EmploymentRecord"] | components["schemas"]["AllegationRecord"] | components["schemas"]["VettingRecord"] | components["schemas"]["InterestDeclarationRecord"] | components["schemas"]["AssociationReportRecord"] | components["schemas"]["SystemAccessRecord"] | components["schemas"]["AbsenceSpellRecord"] | components["schemas"]["DutyWeekRecord"] | components["schemas"]["BuildingAttendanceRecord"] | components["schemas"]["TrainingRecord"] | components["schemas"]["UseOfForceRecord"];
        /**
         * @description The person’s identity as this source recorded it: any subset of these fields, at least one. Values are as recorded, typos included. Protected characteristics (sex, ethnicity, religion, …) are never part of it: an identity carrying one is refused.
         * @example {
         *       "staffNumber": "S1004321",
         *       "givenName": "Robert",
         *       "familyName": "Okafor",
         *       "dateOfBirth": "1986-04-12"
         *     }
         */
        RecordedIdentity: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /**
             * Format: date
             * @description Date of birth as recorded.
             */
            dateOfBirth?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /**
             * Format: email
             * @description Email address as recorded.
             */
            email?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            /** @description Family name as recorded (may be a former name). */
            familyName?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            /** @description Given name as recorded (may be a nickname). */
            givenName?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /** @description National Insurance number. */
            niNumber?: string;
            /** @description Payroll number. */
            payrollNumber?: string;
            /** @description Home postcode as recorded. */
            postcode?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @description HR staff number. */
            staffNumber?: string;
            /** @description System login name. */
            username?: string;
            /** @description Warrant (collar) number of an officer, often typed by hand. */
            warrantNumber?: string;
        };
        /**
         * @description The person’s identity as this source recorded it: any subset of these fields, at least one. Values are as recorded, typos included. Protected characteristics (sex, ethnicity, religion, …) are never part of it: an identity carrying one is refused.
         * @example {
         *       "staffNumber": "S1004321",
         *       "givenName": "Robert",
         *       "familyName": "Okafor",
         *       "dateOfBirth": "1986-04-12"
         *     }
         */
        RecordedIdentityInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /**
             * Format: date
             * @description Date of birth as recorded.
             */
            dateOfBirth?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /**
             * Format: email
             * @description Email address as recorded.
             */
            email?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            /** @description Family name as recorded (may be a former name). */
            familyName?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            /** @description Given name as recorded (may be a nickname). */
            givenName?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /** @description National Insurance number. */
            niNumber?: string;
            /** @description Payroll number. */
            payrollNumber?: string;
            /** @description Home postcode as recorded. */
            postcode?: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @description HR staff number. */
            staffNumber?: string;
            /** @description System login name. */
            username?: string;
            /** @description Warrant (collar) number of an officer, often typed by hand. */
            warrantNumber?: string;
        };
        /**
         * @description What a source says about a person, as it said it. The `type` field selects the type-specific fields. It is held and read back exactly as sent, so a field the contract does not define is refused, naming it (in a batch, that record is rejected on its own): a source’s own additions go under `extensions` as `x-<vendor>-<name>`.
         * @example {
         *       "type": "use_of_force",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "UOF-2026-11873",
         *       "occurredAt": "2026-02-28T01:40:00Z",
         *       "incidentReference": "CAD-2026-02-28-0112",
         *       "tactic": "handcuffing"
         *     }
         */
        RecordInput: components["schemas"]["EmploymentRecordInput"] | components["schemas"]["AllegationRecordInput"] | components["schemas"]["VettingRecordInput"] | components["schemas"]["InterestDeclarationRecordInput"] | components["schemas"]["AssociationReportRecordInput"] | components["schemas"]["SystemAccessRecordInput"] | components["schemas"]["AbsenceSpellRecordInput"] | components["schemas"]["DutyWeekRecordInput"] | components["schemas"]["BuildingAttendanceRecordInput"] | components["schemas"]["TrainingRecordInput"] | components["schemas"]["UseOfForceRecordInput"];
        /**
         * @description Points at one record: the source that holds it and the source’s own record id.
         * @example {
         *       "sourceId": "hr-core",
         *       "recordId": "EMP-000123-1"
         *     }
         */
        RecordRef: {
            /** @description The record’s id in that source. */
            recordId: string;
            /** @description The source system that holds the record. */
            sourceId: string;
        };
        /**
         * @description What happened to one record of a batch.
         * @example {
         *       "index": 0,
         *       "recordId": "UOF-2026-11873",
         *       "status": "created"
         *     }
         */
        RecordResult: {
            /** @description Why the record was rejected; paths are relative to the batch. The gateway lists the first 20 errors of a record that has more. */
            errors?: components["schemas"]["ProblemFieldError"][];
            /** @description Position of the record in the batch. */
            index: number;
            /** @description The record’s id, or null when it could not be read. */
            recordId: string | null;
            /**
             * @description `created` (new), `updated` (same id, new content), `unchanged` (same id and content: idempotent repeat), `rejected` (invalid; see `errors`).
             * @enum {string}
             */
            status: "created" | "updated" | "unchanged" | "rejected";
        };
        /**
         * @description `erasure`: the rationale names a person whose records were erased; `rectification`: it holds personal data that was wrong.
         * @example erasure
         * @enum {string}
         */
        RedactionReason: "erasure" | "rectification";
        /**
         * @description Redacts one review’s rationale.
         * @example {
         *       "reason": "erasure"
         *     }
         */
        RedactionRequest: {
            reason: components["schemas"]["RedactionReason"];
        };
        /**
         * @description One recorded step of a flag’s review.
         * @example {
         *       "reviewId": "rev-001",
         *       "status": "in_review",
         *       "outcome": null,
         *       "rationale": "Picked up for review.",
         *       "reviewer": "reviewer-17",
         *       "reviewedAt": "2026-03-03T09:00:00Z"
         *     }
         */
        Review: {
            outcome: components["schemas"]["ReviewOutcome"] | null;
            rationale: string;
            /** @description Present when an admin redacted the rationale; the rationale then reads `[redacted]`. */
            redaction?: {
                reason: components["schemas"]["RedactionReason"];
                /** Format: date-time */
                redactedAt: string;
                /** @description The admin who redacted it. */
                redactedBy: string;
            };
            /** Format: date-time */
            reviewedAt: string;
            /** @description Who made the review. */
            reviewer: string;
            reviewId: string;
            /** @enum {string} */
            status: "in_review" | "closed";
        };
        /**
         * @description How a reviewer closed a flag.
         * @example welfare_support
         * @enum {string}
         */
        ReviewOutcome: "no_further_action" | "management_action" | "welfare_support" | "referred_to_professional_standards" | "data_error";
        /**
         * @description A reviewer’s step in a flag’s lifecycle.
         * @example {
         *       "status": "closed",
         *       "outcome": "welfare_support",
         *       "rationale": "Long hours confirmed; referred to occupational health."
         *     }
         */
        ReviewRequest: {
            /** @description Required when closing; not allowed otherwise. */
            outcome?: components["schemas"]["ReviewOutcome"];
            /** @description The reviewer’s reasons, in their own words. */
            rationale: string;
            /**
             * @description The status to move to: `in_review` from `open`, `closed` from `in_review`.
             * @enum {string}
             */
            status: "in_review" | "closed";
        };
        /**
         * @description `ingest`: a source system sending records; `analyst`: runs consolidation and flagging and studies the results; `reviewer`: reviews flags and corrects links; `auditor`: reads the audit trail and runs fairness audits (aggregates only); `admin`: registers sources, erases, imports and exports.
         * @example reviewer
         * @enum {string}
         */
        Role: "ingest" | "analyst" | "reviewer" | "auditor" | "admin";
        /**
         * @description An asynchronous piece of work and how far it has got.
         * @example {
         *       "runId": "run-01J9Z",
         *       "kind": "consolidation",
         *       "status": "succeeded",
         *       "createdAt": "2026-03-01T08:00:00Z",
         *       "startedAt": "2026-03-01T08:00:00Z",
         *       "finishedAt": "2026-03-01T08:00:12Z",
         *       "progress": {
         *         "done": 120000,
         *         "total": 120000,
         *         "unit": "records"
         *       },
         *       "statistics": {
         *         "subjects": 2000,
         *         "links": 118000,
         *         "merges": 0
         *       },
         *       "error": null
         *     }
         */
        Run: {
            /** Format: date-time */
            createdAt: string;
            /** @description Why the run failed; null unless it failed. */
            error: components["schemas"]["Problem"] | null;
            finishedAt: string | null;
            /**
             * @description What the run does.
             * @enum {string}
             */
            kind: "consolidation" | "flagging" | "import";
            /** @description How far the run has got. */
            progress: {
                done: number;
                total: number;
                /** @description What is being counted, such as `records` or `subjects`. */
                unit: string;
            };
            runId: string;
            startedAt: string | null;
            /** @description Figures about the run, such as `subjects`, `links` or `flagsRaised`. */
            statistics: {
                [key: string]: number;
            };
            status: components["schemas"]["RunStatus"];
        };
        /**
         * @description `queued` → `running` → `succeeded` or `failed`. Only `succeeded` runs have changed anything.
         * @example running
         * @enum {string}
         */
        RunStatus: "queued" | "running" | "succeeded" | "failed";
        /**
         * @description How urgently a reviewer should look. It orders the review queue; it is not a finding.
         * @example medium
         * @enum {string}
         */
        Severity: "low" | "medium" | "high";
        /**
         * @description A registered source system.
         * @example {
         *       "sourceId": "hr-core",
         *       "kind": "hr",
         *       "name": "HR core system",
         *       "controller": "Commissioner of Police of the Metropolis",
         *       "lawfulBasis": "DPA 2018 s.35 (law enforcement) and employment law",
         *       "purpose": "Professional standards and workforce welfare",
         *       "retentionPeriod": "P6Y",
         *       "createdAt": "2026-01-05T09:00:00Z",
         *       "updatedAt": "2026-01-05T09:00:00Z"
         *     }
         */
        Source: {
            /** @description The data controller responsible for the system. */
            controller: string;
            /**
             * Format: date-time
             * @description When the source was first registered.
             */
            createdAt: string;
            extensions?: components["schemas"]["Extensions"];
            kind: components["schemas"]["SourceKind"];
            /** @description The lawful basis for processing its data (for example Data Protection Act 2018 Part 3, s.35). */
            lawfulBasis: string;
            /** @description A human-readable name for the system. */
            name: string;
            /** @description Why its data is processed here. */
            purpose: string;
            /** @description How long its records may be kept, as an ISO 8601 duration. */
            retentionPeriod: string;
            /** @description The source’s id, chosen by the client when registering it. */
            sourceId: string;
            /**
             * Format: date-time
             * @description When the registration last changed.
             */
            updatedAt: string;
        };
        /**
         * @description What kind of system the source is.
         * @example hr
         * @enum {string}
         */
        SourceKind: "hr" | "complaints" | "conduct" | "vetting" | "interests" | "access_audit" | "attendance" | "duty" | "building_access" | "training" | "use_of_force" | "intelligence";
        /**
         * @description A page of results. Follow `nextCursor` until it is null to read every item exactly once.
         * @example {
         *       "items": [
         *         {
         *           "sourceId": "hr-core",
         *           "kind": "hr",
         *           "name": "HR core system",
         *           "controller": "Commissioner of Police of the Metropolis",
         *           "lawfulBasis": "DPA 2018 s.35 (law enforcement) and employment law",
         *           "purpose": "Professional standards and workforce welfare",
         *           "retentionPeriod": "P6Y",
         *           "createdAt": "2026-01-05T09:00:00Z",
         *           "updatedAt": "2026-01-05T09:00:00Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        SourcePage: {
            items: components["schemas"]["Source"][];
            /** @description Pass as `cursor` to fetch the next page; null when this is the last page. */
            nextCursor: string | null;
        };
        /**
         * @description What a client sends to register or update a source.
         * @example {
         *       "kind": "hr",
         *       "name": "HR core system",
         *       "controller": "Commissioner of Police of the Metropolis",
         *       "lawfulBasis": "DPA 2018 s.35 (law enforcement) and employment law",
         *       "purpose": "Professional standards and workforce welfare",
         *       "retentionPeriod": "P6Y"
         *     }
         */
        SourceRegistration: {
            /** @description The data controller responsible for the system. */
            controller: string;
            extensions?: components["schemas"]["Extensions"];
            kind: components["schemas"]["SourceKind"];
            /** @description The lawful basis for processing its data (for example Data Protection Act 2018 Part 3, s.35). */
            lawfulBasis: string;
            /** @description A human-readable name for the system. */
            name: string;
            /** @description Why its data is processed here. */
            purpose: string;
            /** @description How long its records may be kept, as an ISO 8601 duration. */
            retentionPeriod: string;
        };
        /**
         * @description A Standard of Professional Behaviour that an allegation concerns.
         * @example confidentiality
         * @enum {string}
         */
        StandardsCategory: "honesty_and_integrity" | "authority_respect_and_courtesy" | "equality_and_diversity" | "use_of_force" | "orders_and_instructions" | "duties_and_responsibilities" | "confidentiality" | "fitness_for_work" | "discreditable_conduct" | "challenging_and_reporting";
        /**
         * @description A record as held by the adapter, with where it came from and which subject it belongs to.
         * @example {
         *       "sourceId": "uof-log",
         *       "ingestedAt": "2026-03-01T08:00:00Z",
         *       "subjectId": "subj-7f3a",
         *       "record": {
         *         "type": "use_of_force",
         *         "recordId": "UOF-2026-11873",
         *         "occurredAt": "2026-02-28T01:40:00Z",
         *         "identity": {
         *           "warrantNumber": "214871",
         *           "familyName": "Okafor"
         *         },
         *         "incidentReference": "CAD-2026-02-28-0112",
         *         "tactic": "handcuffing"
         *       }
         *     }
         */
        StoredRecord: {
            /**
             * Format: date-time
             * @description When this version of the record was accepted.
             */
            ingestedAt: string;
            record: components["schemas"]["Record"];
            /** @description The source that holds the record. */
            sourceId: string;
            /** @description The subject the record is consolidated into, or null before consolidation. */
            subjectId: string | null;
        };
        /**
         * @description A consolidated person: the records believed to be about them, from every source.
         * @example {
         *       "subjectId": "subj-7f3a",
         *       "canonicalIdentity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "formerIds": [],
         *       "recordCount": 1,
         *       "records": [
         *         {
         *           "sourceId": "hr-core",
         *           "recordId": "EMP-000123-1",
         *           "type": "employment",
         *           "occurredAt": "2019-09-02T00:00:00Z"
         *         }
         *       ],
         *       "updatedAt": "2026-03-01T08:00:12Z"
         *     }
         */
        Subject: {
            /** @description The identity the adapter believes best, chosen from the records. */
            canonicalIdentity: components["schemas"]["RecordedIdentity"];
            extensions?: components["schemas"]["Extensions"];
            /** @description Ids of subjects merged into this one; they redirect here. */
            formerIds: string[];
            recordCount: number;
            /** @description Every record of the subject, oldest first. */
            records: components["schemas"]["SubjectRecord"][];
            /** @description Stable id: a run that changes nothing changes no id. */
            subjectId: string;
            /**
             * Format: date-time
             * @description When the subject last changed.
             */
            updatedAt: string;
        };
        /**
         * @description A page of results. Follow `nextCursor` until it is null to read every item exactly once.
         * @example {
         *       "items": [
         *         {
         *           "subjectId": "subj-7f3a",
         *           "canonicalIdentity": {
         *             "staffNumber": "S1004321",
         *             "givenName": "Robert",
         *             "familyName": "Okafor"
         *           },
         *           "recordCount": 214,
         *           "updatedAt": "2026-03-01T08:00:12Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        SubjectPage: {
            items: components["schemas"]["SubjectSummary"][];
            /** @description Pass as `cursor` to fetch the next page; null when this is the last page. */
            nextCursor: string | null;
        };
        /**
         * @description One record of a subject, with its provenance.
         * @example {
         *       "sourceId": "hr-core",
         *       "recordId": "EMP-000123-1",
         *       "type": "employment",
         *       "occurredAt": "2019-09-02T00:00:00Z"
         *     }
         */
        SubjectRecord: {
            /** Format: date-time */
            occurredAt: string;
            recordId: string;
            sourceId: string;
            /** @description The record’s type. */
            type: string;
        };
        /**
         * @description The subject was merged; its id now redirects to the survivor.
         * @example {
         *       "redirectTo": "subj-7f3a"
         *     }
         */
        SubjectRedirect: {
            /** @description The id of the subject this one was merged into. */
            redirectTo: string;
        };
        /**
         * @description A subject’s id, former ids and membership, as exported and imported.
         * @example {
         *       "subjectId": "subj-7f3a",
         *       "formerIds": [
         *         "subj-19c2"
         *       ],
         *       "records": [
         *         {
         *           "sourceId": "hr-core",
         *           "recordId": "EMP-000123-1"
         *         }
         *       ]
         *     }
         */
        SubjectSnapshot: {
            formerIds: string[];
            records: components["schemas"]["RecordRef"][];
            subjectId: string;
        };
        /**
         * @description A subject as listed by a search.
         * @example {
         *       "subjectId": "subj-7f3a",
         *       "canonicalIdentity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor"
         *       },
         *       "recordCount": 214,
         *       "updatedAt": "2026-03-01T08:00:12Z"
         *     }
         */
        SubjectSummary: {
            canonicalIdentity: components["schemas"]["RecordedIdentity"];
            recordCount: number;
            subjectId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description One access to a police system, from its audit log.
         * @example {
         *       "type": "system_access",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "AUD-9930001",
         *       "occurredAt": "2026-03-02T22:14:05Z",
         *       "system": "PNC",
         *       "action": "search",
         *       "target": {
         *         "kind": "person",
         *         "identity": {
         *           "givenName": "Ann",
         *           "familyName": "Okafor",
         *           "postcode": "SE11 4AA"
         *         }
         *       }
         *     }
         */
        SystemAccessRecord: {
            /**
             * @description What was done.
             * @enum {string}
             */
            action: "view" | "search" | "update" | "export" | "print";
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentity"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description The policing purpose recorded for the access; absent when none was recorded. */
            purpose?: {
                /** @enum {string} */
                kind: "incident" | "task" | "case" | "intelligence" | "other";
                reference: string;
            };
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @description The system accessed, such as PNC or a crime-records system. */
            system: string;
            /** @description What the access was about. */
            target: {
                /** @description For a person: who, as the system recorded them. */
                identity?: components["schemas"]["RecordedIdentity"];
                /**
                 * @description What was looked at.
                 * @enum {string}
                 */
                kind: "person" | "vehicle" | "location" | "organisation" | "other";
            };
            /** @constant */
            type: "system_access";
        };
        /**
         * @description One access to a police system, from its audit log.
         * @example {
         *       "type": "system_access",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "AUD-9930001",
         *       "occurredAt": "2026-03-02T22:14:05Z",
         *       "system": "PNC",
         *       "action": "search",
         *       "target": {
         *         "kind": "person",
         *         "identity": {
         *           "givenName": "Ann",
         *           "familyName": "Okafor",
         *           "postcode": "SE11 4AA"
         *         }
         *       }
         *     }
         */
        SystemAccessRecordInput: {
            /**
             * @description What was done.
             * @enum {string}
             */
            action: "view" | "search" | "update" | "export" | "print";
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentityInput"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description The policing purpose recorded for the access; absent when none was recorded. */
            purpose?: {
                /** @enum {string} */
                kind: "incident" | "task" | "case" | "intelligence" | "other";
                reference: string;
            };
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @description The system accessed, such as PNC or a crime-records system. */
            system: string;
            /** @description What the access was about. */
            target: {
                /** @description For a person: who, as the system recorded them. */
                identity?: components["schemas"]["RecordedIdentityInput"];
                /**
                 * @description What was looked at.
                 * @enum {string}
                 */
                kind: "person" | "vehicle" | "location" | "organisation" | "other";
            };
            /** @constant */
            type: "system_access";
        };
        /**
         * @description A completed training course; `occurredAt` is the completion.
         * @example {
         *       "type": "training",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "TRN-420011",
         *       "occurredAt": "2025-04-01T00:00:00Z",
         *       "course": "Personal safety training",
         *       "mandatory": true,
         *       "completedDate": "2025-04-01",
         *       "expiryDate": "2026-03-31"
         *     }
         */
        TrainingRecord: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /**
             * Format: date
             * @description When it was completed.
             */
            completedDate: string;
            /** @description The course. */
            course: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            /**
             * Format: date
             * @description When the completion stops counting; absent when it never does.
             */
            expiryDate?: string;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentity"];
            /** @description Whether the course is mandatory for the person. */
            mandatory: boolean;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @constant */
            type: "training";
        };
        /**
         * @description A completed training course; `occurredAt` is the completion.
         * @example {
         *       "type": "training",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "TRN-420011",
         *       "occurredAt": "2025-04-01T00:00:00Z",
         *       "course": "Personal safety training",
         *       "mandatory": true,
         *       "completedDate": "2025-04-01",
         *       "expiryDate": "2026-03-31"
         *     }
         */
        TrainingRecordInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /**
             * Format: date
             * @description When it was completed.
             */
            completedDate: string;
            /** @description The course. */
            course: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            /**
             * Format: date
             * @description When the completion stops counting; absent when it never does.
             */
            expiryDate?: string;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentityInput"];
            /** @description Whether the course is mandatory for the person. */
            mandatory: boolean;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /** @constant */
            type: "training";
        };
        /**
         * @description One use of force reported by the person.
         * @example {
         *       "type": "use_of_force",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "UOF-2026-11873",
         *       "occurredAt": "2026-02-28T01:40:00Z",
         *       "incidentReference": "CAD-2026-02-28-0112",
         *       "tactic": "handcuffing"
         *     }
         */
        UseOfForceRecord: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentity"];
            /** @description The incident the force was used in. */
            incidentReference: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /**
             * @description The main tactic used.
             * @enum {string}
             */
            tactic: "restraint" | "handcuffing" | "baton" | "irritant_spray" | "taser" | "firearm" | "dog" | "other";
            /** @constant */
            type: "use_of_force";
        };
        /**
         * @description One use of force reported by the person.
         * @example {
         *       "type": "use_of_force",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "UOF-2026-11873",
         *       "occurredAt": "2026-02-28T01:40:00Z",
         *       "incidentReference": "CAD-2026-02-28-0112",
         *       "tactic": "handcuffing"
         *     }
         */
        UseOfForceRecordInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            identity: components["schemas"]["RecordedIdentityInput"];
            /** @description The incident the force was used in. */
            incidentReference: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /**
             * @description The main tactic used.
             * @enum {string}
             */
            tactic: "restraint" | "handcuffing" | "baton" | "irritant_spray" | "taser" | "firearm" | "dog" | "other";
            /** @constant */
            type: "use_of_force";
        };
        /**
         * @description Vetting level, ordered lowest to highest: RV (recruitment) < MV (management) < CTC (counter-terrorist check) < SC (security check) < DV (developed vetting).
         * @example MV
         * @enum {string}
         */
        VettingLevel: "RV" | "MV" | "CTC" | "SC" | "DV";
        /**
         * @description A vetting decision about the person.
         * @example {
         *       "type": "vetting",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "VET-88121",
         *       "occurredAt": "2021-05-01T00:00:00Z",
         *       "level": "MV",
         *       "status": "granted",
         *       "grantedDate": "2021-05-01",
         *       "expiryDate": "2028-04-30"
         *     }
         */
        VettingRecord: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            /**
             * Format: date
             * @description Last day it is valid.
             */
            expiryDate?: string;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            /**
             * Format: date
             * @description When it was granted.
             */
            grantedDate?: string;
            identity: components["schemas"]["RecordedIdentity"];
            level: components["schemas"]["VettingLevel"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /**
             * @description Decision.
             * @enum {string}
             */
            status: "granted" | "refused" | "withdrawn" | "pending";
            /** @constant */
            type: "vetting";
        };
        /**
         * @description A vetting decision about the person.
         * @example {
         *       "type": "vetting",
         *       "identity": {
         *         "staffNumber": "S1004321",
         *         "givenName": "Robert",
         *         "familyName": "Okafor",
         *         "dateOfBirth": "1986-04-12"
         *       },
         *       "recordId": "VET-88121",
         *       "occurredAt": "2021-05-01T00:00:00Z",
         *       "level": "MV",
         *       "status": "granted",
         *       "grantedDate": "2021-05-01",
         *       "expiryDate": "2028-04-30"
         *     }
         */
        VettingRecordInput: {
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            age?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ageBand?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            belief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            disability?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            equalityData?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicGroup?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            ethnicity?: unknown;
            /**
             * Format: date
             * @description Last day it is valid.
             */
            expiryDate?: string;
            extensions?: components["schemas"]["Extensions"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            gender?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderIdentity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            genderReassignment?: unknown;
            /**
             * Format: date
             * @description When it was granted.
             */
            grantedDate?: string;
            identity: components["schemas"]["RecordedIdentityInput"];
            level: components["schemas"]["VettingLevel"];
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maritalStatus?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            maternity?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationality?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            nationalOrigin?: unknown;
            /**
             * Format: date-time
             * @description When the recorded event happened (for periods, when the period starts).
             */
            occurredAt: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            pregnancy?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            protectedCharacteristics?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            race?: unknown;
            /** @description The source’s own id for this record; unique within the source. */
            recordId: string;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religion?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            religionOrBelief?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sex?: unknown;
            /** @description A protected characteristic: never present. A record carrying it is refused; equality data goes to the fairness audit only. */
            sexualOrientation?: unknown;
            /**
             * @description Decision.
             * @enum {string}
             */
            status: "granted" | "refused" | "withdrawn" | "pending";
            /** @constant */
            type: "vetting";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gateway (liveness) or the gateway and its adapter (readiness) can serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenapiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document the target serves. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gateway (liveness) or the gateway and its adapter (readiness) can serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                action?: components["schemas"]["AuditAction"];
                /** @description Only entries by this actor (token `sub`). */
                actor?: string;
                /** @description Opaque cursor from a previous page’s `nextCursor`; omit for the first page. */
                cursor?: string;
                /** @description Only entries at or after this time. */
                from?: string;
                /** @description Items per page, 1 to 500 (default 50). */
                limit?: number;
                /** @description Only this operation id. */
                operation?: string;
                /** @description Only entries that processed this id (a record as `sourceId/recordId`). */
                target?: string;
                /** @description Only entries before this time. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. Follow `nextCursor` until it is null to read every item exactly once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startConsolidationRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsolidationRunRequest"];
            };
        };
        responses: {
            /** @description The run has started; poll `GET /v1/runs/{runId}` (also in the `Location` header) until it has succeeded or failed. */
            202: {
                headers: {
                    /** @description The run to poll: `/v1/runs/{runId}`. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDetectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every detector the adapter evaluates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectorList"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line of the stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ExportLine"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auditFairness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FairnessAuditRequest"];
            };
        };
        responses: {
            /** @description Aggregates only: rates and disparity ratios per group with confidence intervals, small groups suppressed. A disparity is a prompt for inquiry, not proof of bias: confounders such as rank, unit and length of service are not controlled for. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairnessReport"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startFlaggingRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FlaggingRunRequest"];
            };
        };
        responses: {
            /** @description The run has started; poll `GET /v1/runs/{runId}` (also in the `Location` header) until it has succeeded or failed. */
            202: {
                headers: {
                    /** @description The run to poll: `/v1/runs/{runId}`. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFlags: {
        parameters: {
            query?: {
                category?: components["schemas"]["FlagCategory"];
                /** @description Opaque cursor from a previous page’s `nextCursor`; omit for the first page. */
                cursor?: string;
                detectorId?: string;
                /** @description Items per page, 1 to 500 (default 50). */
                limit?: number;
                severity?: components["schemas"]["Severity"];
                status?: components["schemas"]["FlagStatus"];
                subjectId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. Follow `nextCursor` until it is null to read every item exactly once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagPage"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A prompt for human review raised by a detector. It is never a finding or a decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flag"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description A prompt for human review raised by a detector. It is never a finding or a decision. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flag"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redactReviewRationale: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flagId: string;
                /** @description The review’s id, from the flag’s `reviews`. */
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedactionRequest"];
            };
        };
        responses: {
            /** @description A prompt for human review raised by a detector. It is never a finding or a decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flag"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-ndjson": components["schemas"]["ExportLineInput"];
            };
        };
        responses: {
            /** @description The run has started; poll `GET /v1/runs/{runId}` (also in the `Location` header) until it has succeeded or failed. */
            202: {
                headers: {
                    /** @description The run to poll: `/v1/runs/{runId}`. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLinkCandidates: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page’s `nextCursor`; omit for the first page. */
                cursor?: string;
                /** @description Items per page, 1 to 500 (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. Follow `nextCursor` until it is null to read every item exactly once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkCandidatePage"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLinkOverrides: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page’s `nextCursor`; omit for the first page. */
                cursor?: string;
                /** @description Items per page, 1 to 500 (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. Follow `nextCursor` until it is null to read every item exactly once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkOverridePage"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLinkOverride: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkOverrideRequest"];
            };
        };
        responses: {
            /** @description A recorded link override. It takes effect at the next consolidation run. */
            201: {
                headers: {
                    /** @description The created resource. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkOverride"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLinkOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                overrideId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeta: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contract version, the adapter behind the gateway, and its capability manifest. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meta"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParallelRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A candidate supplier run beside the primary: how far the mirror of the primary’s writes has got, how far the candidate agrees, and both sides’ latency. Clients are only ever answered by the primary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParallelRunStatus"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An asynchronous piece of work and how far it has got. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page’s `nextCursor`; omit for the first page. */
                cursor?: string;
                /** @description Items per page, 1 to 500 (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. Follow `nextCursor` until it is null to read every item exactly once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The source’s id. */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A registered source system. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The source’s id. */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceRegistration"];
            };
        };
        responses: {
            /** @description A registered source system. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description A registered source system. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ingestRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The source’s id. */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestBatch"];
            };
        };
        responses: {
            /** @description The outcome of a batch. Every record not rejected is committed, durably, before this answer is sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResult"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The record’s id in that source. */
                recordId: string;
                /** @description The source’s id. */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A record as held by the adapter, with where it came from and which subject it belongs to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredRecord"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseRecord: {
        parameters: {
            query?: {
                reason?: components["schemas"]["ErasureReason"];
            };
            header?: never;
            path: {
                /** @description The record’s id in that source. */
                recordId: string;
                /** @description The source’s id. */
                sourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirms an erasure. The record is gone, and so is everything derived from it: it leaves its subject, and it is removed from the evidence of every flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erasure"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the operation accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a content type the operation accepts. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubjects: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page’s `nextCursor`; omit for the first page. */
                cursor?: string;
                /** @description Matches subjects with this exact strong identifier (staff, warrant, payroll or NI number, username or email) in any record. */
                identifier?: string;
                /** @description Items per page, 1 to 500 (default 50). */
                limit?: number;
                /** @description Matches subjects any of whose recorded given or family names start with these words (case-insensitive). */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. Follow `nextCursor` until it is null to read every item exactly once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectPage"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A consolidated person: the records believed to be about them, from every source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            /** @description The subject was merged; its id now redirects to the survivor. */
            308: {
                headers: {
                    /** @description Where the resource now is: the surviving subject. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRedirect"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubjectLinks: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page’s `nextCursor`; omit for the first page. */
                cursor?: string;
                /** @description Items per page, 1 to 500 (default 50). */
                limit?: number;
            };
            header?: never;
            path: {
                subjectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results. Follow `nextCursor` until it is null to read every item exactly once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkPage"];
                };
            };
            /** @description The subject was merged; its id now redirects to the survivor. */
            308: {
                headers: {
                    /** @description Where the resource now is: the surviving subject. */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRedirect"];
                };
            };
            /** @description The request is invalid, or a required `Plumbline-Justification` header is missing; `errors` names each invalid field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token was sent. */
            401: {
                headers: {
                    /** @description `Bearer`, with `error="invalid_token"` when a token was sent but refused (RFC 6750). */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token’s roles do not include one this operation allows. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request did not arrive whole within the request timeout (`PLUMBLINE_REQUEST_TIMEOUT`); send it again. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path segment is longer than 1,000 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are larger than the server accepts. */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter does not offer this capability. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform answered something invalid or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The adapter or its supplier platform is unavailable. */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying, when the adapter knows. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
