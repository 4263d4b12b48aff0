// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'tests/fixtures/**/dist/',
      '.cache/',
      'test-results/',
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // A function longer than a screen or two hides its steps: split it (ARCHITECTURE.md, CONTRIBUTING.md).
    files: ['src/lib/**/*.ts', 'src/scripts/**/*.ts', 'scripts/bench/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 120 }],
    },
  },
);
