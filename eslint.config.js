// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { clientLayers } from './eslint-rules/client-layers.js';

/** Only server/src/repositories talks to the Neo4j driver. */
const DRIVER_IMPORT = {
  name: 'neo4j-driver',
  message: 'Only server/src/repositories talks to the driver: use Database and the repositories.',
};

/**
 * The client's folders, top to bottom. A folder may import from the folders below it, never
 * from one above it or beside it: the shell composes components, components run actions on
 * the view model, and the view model stands on pure graph and export code, which stand on
 * interface text, the API and the theme. main.tsx is the entry: it may import anything.
 */
const CLIENT_LAYERS = [
  ['app'],
  ['components'],
  ['actions'],
  ['view'],
  ['graph', 'export', 'text'],
  ['i18n', 'api', 'theme', 'types'],
];

// What gives Cypher away: a clause keyword followed by a pattern or call, or a relationship
// pattern such as `)-[r:LEADS]->(`, in any case.
const CYPHER = String.raw`(\b(MATCH|MERGE|CREATE|UNWIND|CALL|DETACH DELETE|RETURN)\b[\s\S]*[(\[{])|(\)\s*<?-\[[^\]]*\]-)`;

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', '.neo4j/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // neo4j-driver declares its option bags (Config, SessionConfig) as classes, yet takes
      // plain objects: the rule would flag every driver option.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Template literals print numbers and booleans as expected.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Fastify plugins and route modules are async by signature, awaited or not.
    files: ['server/src/plugins/**', 'server/src/routes/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Cypher and the Neo4j driver live in server/src/repositories only.
    files: ['**/*.{ts,tsx}'],
    ignores: ['server/src/repositories/**', '**/test/**', '**/e2e/**', 'test-support/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `Literal[value=/${CYPHER}/i]`,
          message: 'Cypher belongs in a repository under server/src/repositories.',
        },
        {
          selector: `TemplateElement[value.raw=/${CYPHER}/i]`,
          message: 'Cypher belongs in a repository under server/src/repositories.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [DRIVER_IMPORT],
          patterns: [{ group: ['neo4j-driver/*'], message: DRIVER_IMPORT.message }],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'client-layers': clientLayers } } },
    rules: {
      'local/client-layers': [
        'error',
        { layers: CLIENT_LAYERS, root: 'client/src', entries: ['main'] },
      ],
    },
  },
  {
    // The knowledge model depends on zod alone, so server and client can share it.
    files: ['graph-seed/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\.)',
              message: 'graph-seed may import zod and its own modules only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/test/**', '**/e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
