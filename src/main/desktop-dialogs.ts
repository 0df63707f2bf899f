/**
 * What main asks of the desktop: file dialogs, a confirmation before leaving the app, and the
 * system browser. Electron's dialog/shell implement it in index.ts; tests and the Playwright
 * harness pass a fake, so every service behind it runs under plain Node.
 */
export interface DesktopDialogs {
  /** The native save dialog; the chosen path, or null when the learner cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>
  /** The native open dialog for a progress file; the chosen path, or null when cancelled. */
  chooseOpenPath(): Promise<string | null>
  /** Asks before a link leaves the app for the browser; true only when the learner agreed. */
  confirmExternalLink(url: string): Promise<boolean>
  /** Hands an already validated and confirmed http(s) URL to the system browser. */
  openExternal(url: string): Promise<void>
  /** Shows a folder of ours (the data folder) in the system's file manager. */
  openFolder(path: string): Promise<void>
  /** The app window's page as a PDF, laid out by its print stylesheet (Electron's printToPDF). */
  printToPdf(): Promise<Uint8Array>
}

/** Used when no desktop is attached (unit tests, fuzzing): every dialog is cancelled. */
export const NO_DESKTOP: DesktopDialogs = {
  chooseSavePath: () => Promise.resolve(null),
  chooseOpenPath: () => Promise.resolve(null),
  confirmExternalLink: () => Promise.resolve(false),
  openExternal: () => Promise.reject(new Error('No desktop to open links with')),
  openFolder: () => Promise.reject(new Error('No desktop to open folders with')),
  printToPdf: () => Promise.reject(new Error('No window to print')),
}
