import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { contractDocument, formatDocument } from '../gateway/contract-document.js';
import { generateClientTypes, GENERATED_TYPES_PATH } from '../client/generate-types.js';
import type { Command } from './command.js';

export const OPENAPI_DOCUMENT_PATH = 'openapi/plumbline.v1.json';

export const openapiCommand: Command = {
  usage: `plumbline openapi [--out FILE] [--types FILE]

Writes the OpenAPI 3.1 document the gateway serves, then generates the typed client's types from it.
  --out FILE     the document (default ${OPENAPI_DOCUMENT_PATH})
  --types FILE   the generated types (default ${GENERATED_TYPES_PATH}); needs dev dependencies`,
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, types: { type: 'string' } }, strict: true });
    const documentPath = values.out ?? OPENAPI_DOCUMENT_PATH;
    const typesPath = values.types ?? GENERATED_TYPES_PATH;
    const document = await contractDocument();
    await mkdir(dirname(documentPath), { recursive: true });
    await writeFile(documentPath, formatDocument(document));
    await writeFile(typesPath, await generateClientTypes(document));
    process.stderr.write(`wrote ${documentPath} (${Object.keys(document.paths ?? {}).length} paths) and ${typesPath}\n`);
    return 0;
  },
};
