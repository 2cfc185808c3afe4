import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

export default defineConfig([
  globalIgnores(['node_modules/', 'main.js', 'dist/', 'artifacts/', 'bench/out/', 'fixtures/', 'coverage/']),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', 'test/e2e/*.mjs'] },
      },
    },
  },
  {
    // The command line, the benchmarks, the tests and the build scripts run in Node, not in Obsidian.
    files: ['src/cli/**', 'bench/**', 'test/**', '*.mjs', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-global-this': 'off',
      'import/no-nodejs-modules': 'off',
      'no-console': 'off',
      'obsidianmd/rule-custom-message': 'off',
    },
  },
]);
