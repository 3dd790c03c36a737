// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', '.neo4j/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
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
    // Cypher lives in server/src/repositories only.
    files: ['**/*.{ts,tsx}'],
    ignores: ['server/src/repositories/**', '**/test/**', '**/e2e/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/\\b(MATCH|MERGE|CREATE|DETACH DELETE)\\s*\\(/]',
          message: 'Cypher belongs in a repository under server/src/repositories.',
        },
        {
          selector: 'TemplateElement[value.raw=/\\b(MATCH|MERGE|CREATE|DETACH DELETE)\\s*\\(/]',
          message: 'Cypher belongs in a repository under server/src/repositories.',
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
