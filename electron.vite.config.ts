import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
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
    // Every component is <script setup>: Vue's Options API code is dead weight in the bundle.
    plugins: [vue({ features: { optionsAPI: false } }), woff2Only()],
    build: {
      // electron-vite leaves the renderer unminified; a smaller module parses faster before first paint.
      minify: 'oxc',
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})

/**
 * @fontsource's CSS lists a `.woff` fallback after every `.woff2`. Electron's Chromium always
 * takes the woff2, so the fallbacks are dropped before Vite emits them: 5 MB less in the package.
 */
function woff2Only(): Plugin {
  return {
    name: 'another-class:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].*\.css$/.test(id)) return null
      return { code: code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''), map: null }
    },
  }
}
