import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

export default defineConfig({
  main: {
    // better-sqlite3, zod, yaml and markdown-it stay external: they load from node_modules (or the asar).
    // markdown-it-cjk-friendly (and its one dependency) ship as ES modules only: bundled into the
    // CommonJS main output rather than require()d at run time.
    build: {
      externalizeDeps: { exclude: ['markdown-it-cjk-friendly', 'get-east-asian-width'] },
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload cannot require() packages, so everything it uses is bundled in.
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [vue()],
    build: {
      // electron-vite leaves the renderer unminified; a smaller module parses faster before first paint.
      minify: 'oxc',
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})
