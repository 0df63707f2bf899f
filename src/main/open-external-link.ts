import { AppError } from '../shared/ipc/errors'
import type { DesktopDialogs } from './desktop-dialogs'
import { checkExternalLink } from './external-links'

/**
 * The one door out of the app: a chapter link opens in the browser once it passes
 * checkExternalLink and the learner confirms it.
 */
export function createExternalLinkOpener(dialogs: Pick<DesktopDialogs, 'confirmExternalLink' | 'openExternal'>) {
  return async function openExternalLink(url: string): Promise<{ opened: boolean }> {
    const verdict = checkExternalLink(url)
    if (!verdict.ok) throw new AppError('invalid_input', `This link cannot be opened: ${verdict.reason}.`)
    if (!(await dialogs.confirmExternalLink(verdict.url))) return { opened: false }
    await dialogs.openExternal(verdict.url)
    return { opened: true }
  }
}
