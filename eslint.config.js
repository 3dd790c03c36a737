// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Only server/src/repositories talks to the Neo4j driver. */
const DRIVER_IMPORT = {
  name: 'neo4j-driver',
  message: 'Only server/src/repositories talks to the driver: use Database and the repositories.',
};

/**
 * The client's folders, top to bottom. A folder may import from the folders below it, never
 * from one above it or beside it: the shell composes components, components run actions on
 * the view model, and the view model stands on pure graph and export code, which stand on
 * interface text, the API and the theme.
 */
const CLIENT_LAYERS = [
  ['app'],
  ['components'],
  ['actions'],
  ['view'],
  ['graph', 'export'],
  ['i18n', 'api', 'theme'],
];

/** One config block per client folder, forbidding imports from folders above or beside it. */
const clientLayerRules = CLIENT_LAYERS.flatMap((layer, depth) =>
  layer.map((folder) => {
    const forbidden = [
      ...CLIENT_LAYERS.slice(0, depth).flat(),
      ...layer.filter((f) => f !== folder),
    ];
    return {
      files: [`client/src/${folder}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [DRIVER_IMPORT],
            patterns: [
              {
                regex: `^\\.\\./(${forbidden.join('|')})(/|$)`,
                message: `client/src/${folder} sits below ${forbidden.join(', ')}: it may not import from them (see CLIENT_LAYERS in eslint.config.js).`,
              },
            ],
          },
        ],
      },
    };
  }),
);

// Cypher keywords that begin a clause reading or writing the graph.
const CYPHER = String.raw`\b(MATCH|MERGE|CREATE|DETACH DELETE|UNWIND)\b[\s\S]*\(`;

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
          selector: `Literal[value=/${CYPHER}/]`,
          message: 'Cypher belongs in a repository under server/src/repositories.',
        },
        {
          selector: `TemplateElement[value.raw=/${CYPHER}/]`,
          message: 'Cypher belongs in a repository under server/src/repositories.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [DRIVER_IMPORT],
        },
      ],
    },
  },
  ...clientLayerRules,
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
