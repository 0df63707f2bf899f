/**
 * Recognises failures of the disk rather than of the data: a read-only or full data folder, no
 * permission, an I/O error. These must never be mistaken for a corrupt database (which would be
 * set aside) or reported as a bug; the learner gets a plain sentence and the app keeps going.
 */
export type StorageProblem = 'full' | 'read-only' | 'io'

const BY_CODE: [RegExp, StorageProblem][] = [
  [/^SQLITE_FULL$/, 'full'],
  [/^(ENOSPC|EDQUOT|EFBIG)$/, 'full'],
  [/^SQLITE_(READONLY|CANTOPEN|PERM)(_|$)/, 'read-only'],
  [/^(EACCES|EPERM|EROFS)$/, 'read-only'],
  [/^SQLITE_IOERR(_|$)/, 'io'],
  [/^EIO$/, 'io'],
]

export function storageProblemOf(err: unknown): StorageProblem | null {
  if (typeof err !== 'object' || err === null || !('code' in err) || typeof err.code !== 'string') return null
  const code = err.code
  return BY_CODE.find(([pattern]) => pattern.test(code))?.[1] ?? null
}

const MESSAGES: Record<StorageProblem, string> = {
  full: 'The disk holding your progress is full, so this change was not saved. Free some space and try again; everything saved before is intact.',
  'read-only':
    'Your progress folder cannot be written (it is read-only or not permitted), so this change was not saved. Everything saved before is intact.',
  io: 'The disk holding your progress reported an error, so this change was not saved. Everything saved before is intact.',
}

export function storageMessage(problem: StorageProblem): string {
  return MESSAGES[problem]
}
