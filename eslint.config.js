import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Layering: the domain is pure; only src/db talks to the database drivers.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/db/**',
            '**/services/**',
            '**/server/**',
            '**/web/**',
            'node:*',
            'pg',
            'fastify',
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**/*.ts', 'src/server/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['pg', '@electric-sql/pglite'] }],
    },
  },
  {
    // The web talks only to the API: its types come from the generated client (src/web/api).
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['pg', '@electric-sql/pglite'],
          patterns: [
            {
              group: ['**/server/**', '**/services/**', '**/db/**', '**/cli/**', '**/config'],
              message:
                "src/web talks only to the API: use ApiData / ApiSchema / ApiBody from 'src/web/api/client'.",
            },
          ],
        },
      ],
    },
  },
  {
    // Configuration is read in one place (config.ts) and passed in.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read the environment in src/config.ts and pass the setting in.',
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: globals.node },
  },
);
