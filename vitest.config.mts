import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // Component tests opt into happy-dom with a `// @vitest-environment happy-dom` docblock.
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Stylesheets are not processed in unit tests, except the tokens (their contrast is tested).
    css: { include: [/tokens\.css/] },
  },
})
