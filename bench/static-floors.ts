/**
 * The renderer benchmark's floors: the least a browser does to show the same chapter text with the
 * app's stylesheet. A static page of one chapter (first text) and a static page that swaps the
 * chapters' pre-rendered copies in (chapter switch). Served by the harness (bench/harness.ts).
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { LoadedPack } from '../src/main/course/pack-types'
import { RENDERER_DIR } from './harness'

export const STATIC_PATH = '/__bench/static-chapter.html'
export const STATIC_SWITCH_PATH = '/__bench/static-switch.html'
export const STATIC_SWITCH_SCRIPT_PATH = '/__bench/static-switch.js'

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A chapter's title and section prose, as static HTML: what the floors show of it. */
function staticChapterBody(pack: LoadedPack, chapterId: string): { title: string; body: string } {
  const chapter = pack.chapters.get(chapterId)
  if (!chapter) throw new Error(`no chapter ${chapterId}`)
  const sections = chapter.sections
    .map((s) => {
      const prose = s.blocks.map((b) => (b.kind === 'prose' ? `<div class="prose">${b.html}</div>` : '')).join('\n')
      return `<section class="section" id="${s.id}"><h2>${escapeHtml(s.title)}</h2>\n${prose}</section>`
    })
    .join('\n')
  return { title: chapter.title, body: `<h1>${escapeHtml(chapter.title)}</h1>\n${sections}` }
}

const staticHead = (title: string, rendererDir: string, extra = '') =>
  `<!doctype html>
<html lang="ko"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${escapeHtml(title)}</title>
${readdirSync(join(rendererDir, 'assets'))
  .filter((f) => f.endsWith('.css'))
  .map((f) => `<link rel="stylesheet" href="/assets/${f}" />`)
  .join('\n')}${extra}
</head>`

/** The floor: the chapter's title and section prose as one static page, with the app's stylesheet. */
export function staticChapterHtml(pack: LoadedPack, chapterId: string, rendererDir = RENDERER_DIR): string {
  const { title, body } = staticChapterBody(pack, chapterId)
  return `${staticHead(title, rendererDir)}<body><main id="main"><article class="chapter">${body}
</article></main></body></html>`
}

/**
 * The switch floor: a static page holding every chapter's title and prose pre-rendered in
 * `<template>`s (parsed, never shown), with the app's stylesheet and "previous"/"next chapter"
 * buttons whose click swaps the neighbouring chapter's copy into the article
 * (STATIC_SWITCH_SCRIPT). Timed with the same in-page code as the app's switch.
 */
export function staticSwitchHtml(pack: LoadedPack, chapterId: string, rendererDir = RENDERER_DIR): string {
  const ids = pack.outline.chapters.map((c) => c.id)
  const templates = ids
    .map((id) => `<template data-chapter="${id}">${staticChapterBody(pack, id).body}</template>`)
    .join('\n')
  return `${staticHead(pack.chapters.get(chapterId)?.title ?? chapterId, rendererDir, `\n<script src="${STATIC_SWITCH_SCRIPT_PATH}" defer></script>`)}<body>
<main id="main"><article class="chapter" data-start="${chapterId}"></article>
<nav><button data-testid="previous-chapter">이전 챕터</button> <button data-testid="next-chapter">다음 챕터</button></nav>
</main>
${templates}
</body></html>`
}

/** The switch floor's only script: swap a chapter's pre-rendered copy in, nothing else. */
export const STATIC_SWITCH_SCRIPT = `(() => {
  const article = document.querySelector('article')
  const templates = [...document.querySelectorAll('template[data-chapter]')]
  let at = Math.max(0, templates.findIndex((t) => t.dataset.chapter === article.dataset.start))
  const show = (i) => {
    at = Math.min(templates.length - 1, Math.max(0, i))
    article.replaceChildren(templates[at].content.cloneNode(true))
    window.scrollTo(0, 0)
    article.dataset.ready = 'true'
  }
  document.querySelector('[data-testid="next-chapter"]').addEventListener('click', () => show(at + 1))
  document.querySelector('[data-testid="previous-chapter"]').addEventListener('click', () => show(at - 1))
  show(at)
})()
`
