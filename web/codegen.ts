// Typed documents for the web app, from the client API schema and the .graphql files (one operation each), and the
// trusted-documents manifest the gateway reads (hash -> document). The documents carry __typename everywhere, as
// Apollo's cache asks, so the stored text is exactly the document the app runs and the gateway runs it unchanged.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { buildSchema } from 'graphql';

const GENERATED = 'src/graphql/generated/';
/** Where the gateway's TRUSTED_DOCUMENTS_PATH points by default. */
const MANIFEST = 'src/graphql/persisted-documents.json';

/** Plain hex, as Apollo's persisted-query extension carries it (the preset would prefix `sha256:`). */
const sha256 = (document: string): string => createHash('sha256').update(document).digest('hex');

const config: CodegenConfig = {
  // Built here rather than named by path: codegen's loader sorts a schema it reads, and the enums are emitted as
  // const objects in the order the API declares them (golongan I/a to IV/e, JPT Utama down), which the forms list.
  schema: buildSchema(readFileSync('../schema/api.graphql', 'utf8')),
  documents: 'src/graphql/**/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    [GENERATED]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: sha256 },
      },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumType: 'const',
        skipTypename: false,
        // The team matrix's per-column lists are scalars (the server sends each whole); their JSON is typed here.
        scalars: { Date: 'string', LevelList: '(number | null)[]', FlagList: '(boolean | null)[]' },
      },
    },
  },
  hooks: {
    afterAllFileWrite: [
      // One formatter everywhere, generated code included, so `prettier --check .` stays green after codegen.
      'prettier --write',
      () => renameSync(`${GENERATED}persisted-documents.json`, MANIFEST),
    ],
  },
};

export default config;
