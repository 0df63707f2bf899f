import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DesktopDialogs } from '../../src/main/desktop-dialogs'

/**
 * Desktop dialogs for tests and the Playwright harness: the test sets what the "learner" picks
 * (a path, or null for Cancel; yes or no to a link) and reads back what was asked.
 */
export interface FakeDialogs extends DesktopDialogs {
  /** What the save dialog returns next (null: the learner cancelled). */
  savePath: string | null
  /** What the open dialog returns next (null: the learner cancelled). */
  openPath: string | null
  /** The answer to "open this link in your browser?". */
  confirmLinks: boolean
  /** Every question asked, in order, e.g. "save:another-class-progress-mini-….json", "confirm:https://…", "print". */
  asked: string[]
  /** URLs handed to the browser. */
  opened: string[]
  /** Folders shown in the file manager. */
  openedFolders: string[]
}

/** What the fake "prints": a marker, not a real PDF (the electron project prints for real). */
export const FAKE_PDF = '%PDF-1.7\n% placeholder written by the fake desktop\n'

export function createFakeDialogs(): FakeDialogs {
  const fake: FakeDialogs = {
    savePath: null,
    openPath: null,
    confirmLinks: false,
    asked: [],
    opened: [],
    openedFolders: [],
    chooseSavePath(suggestedName) {
      fake.asked.push(`save:${suggestedName}`)
      return Promise.resolve(fake.savePath)
    },
    chooseOpenPath() {
      fake.asked.push('open')
      return Promise.resolve(fake.openPath)
    },
    confirmExternalLink(url) {
      fake.asked.push(`confirm:${url}`)
      return Promise.resolve(fake.confirmLinks)
    },
    openExternal(url) {
      fake.opened.push(url)
      return Promise.resolve()
    },
    openFolder(path) {
      fake.openedFolders.push(path)
      return Promise.resolve()
    },
    printToPdf() {
      fake.asked.push('print')
      return Promise.resolve(new TextEncoder().encode(FAKE_PDF))
    },
  }
  return fake
}

/** A path in `dir` for the fake dialogs to return; writes `content` there when given. */
export function fileIn(dir: string, name: string, content?: string): string {
  const path = join(dir, name)
  if (content !== undefined) writeFileSync(path, content)
  return path
}
