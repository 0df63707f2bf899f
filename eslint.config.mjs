import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import prettier from 'eslint-config-prettier'
import pluginVue from 'eslint-plugin-vue'

export default defineConfigWithVueTs(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Imports flow one way: the renderer reaches main only through window.api.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/renderer/**/*'],
    rules: {
      // The build leaves out the Options API (electron.vite.config.ts).
      'vue/component-api-style': ['error', ['script-setup']],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/preload/**', 'electron', 'better-sqlite3', 'node:*'],
              message: 'The renderer talks to main only through window.api.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/preload/**', '**/renderer/**', 'electron', 'node:*'],
              message: 'src/shared imports nothing of ours and nothing Node-specific.',
            },
          ],
        },
      ],
    },
  },
  ...mainRooms(),
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  prettier,
)

/**
 * The main process in layers: `db/` knows SQL only; `backup/` builds on it; the data-safety room
 * (start-up recovery, Check data) sits above both. Each room lists what it must not reach up to.
 */
function mainRooms() {
  const toRenderer = {
    group: ['**/renderer/**', '**/preload/**'],
    message: 'main reaches the renderer only through IPC.',
  }
  // `shared/` is below every room: its course/, notes and settings are not main's rooms.
  const rooms = (...names) => [...names.flatMap((n) => [`**/${n}`, `**/${n}/**`]), '!**/shared/**']
  const rule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: [toRenderer, ...patterns] }] })
  const aboveBackup = ['data-safety', 'transfer', 'course', 'search', 'ipc', 'services', 'progress', 'review', 'notes']
  return [
    { files: ['src/main/**/*'], rules: rule() },
    {
      files: ['src/main/db/**/*'],
      rules: rule({
        group: [...rooms('backup', ...aboveBackup, 'stats', 'settings'), 'electron'],
        message: 'db/ knows SQL only: opening, migrations, repositories, generic table SQL.',
      }),
    },
    {
      files: ['src/main/backup/**/*'],
      rules: rule({
        group: [...rooms(...aboveBackup), 'electron'],
        message: 'backup/ builds on db/ only; recovery and Check data sit above it in data-safety/.',
      }),
    },
    {
      files: ['src/main/transfer/**/*'],
      rules: rule({
        group: rooms('data-safety', 'ipc', 'services'),
        message: 'transfer/ is used by data-safety/, not the other way round.',
      }),
    },
  ]
}
