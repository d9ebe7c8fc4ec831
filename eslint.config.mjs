// One lint configuration for the repository: typescript-eslint, Vue, prettier, and the import boundaries.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

const SUBGRAPHS = ['personnel', 'training', 'certification'];

/** No subgraph imports another; web imports nothing from services/ (docs/architecture.md, "The contract ..."). */
const boundaries = [
  ...SUBGRAPHS.map((name) => ({
    files: [`services/${name}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: SUBGRAPHS.filter((other) => other !== name).flatMap((other) => [
            {
              group: [`@asn/${other}`, `**/services/${other}/**`, `../../${other}/**`],
              message: 'A subgraph never imports another: go through the gateway.',
            },
          ]),
        },
      ],
    },
  })),
  {
    files: ['web/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@asn/*', '**/services/**'],
              message: 'web talks to the graph only, through schema/api.graphql.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'web/src/graphql/generated/**', 'data/**', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    // TypeScript checks undefined names in SFCs itself (vue-tsc); the core rule knows no browser globals.
    rules: { 'no-undef': 'off' },
  },
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        AbortSignal: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  ...boundaries,
  prettier,
);
