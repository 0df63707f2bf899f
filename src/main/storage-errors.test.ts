import { describe, expect, it } from 'vitest'
import { storageMessage, storageProblemOf } from './storage-errors'

const withCode = (code: unknown) => Object.assign(new Error('x'), { code })

describe('storageProblemOf', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['ENOSPC', 'full'],
    ['EDQUOT', 'full'],
    ['EFBIG', 'full'],
    ['SQLITE_READONLY', 'read-only'],
    ['SQLITE_READONLY_DBMOVED', 'read-only'],
    ['SQLITE_CANTOPEN', 'read-only'],
    ['EACCES', 'read-only'],
    ['EPERM', 'read-only'],
    ['EROFS', 'read-only'],
    ['SQLITE_IOERR', 'io'],
    ['SQLITE_IOERR_WRITE', 'io'],
    ['EIO', 'io'],
    ['SQLITE_CORRUPT', null],
    ['SQLITE_NOTADB', null],
    ['SQLITE_CONSTRAINT_PRIMARYKEY', null],
    ['SQLITE_READONLYX', null],
    ['ENOENT', null],
    [42, null],
  ])('%s → %s', (code, problem) => {
    expect(storageProblemOf(withCode(code))).toBe(problem)
  })

  it('ignores values that are not errors with a code', () => {
    for (const value of [null, undefined, 'SQLITE_FULL', new Error('SQLITE_FULL'), { code: null }]) {
      expect(storageProblemOf(value)).toBeNull()
    }
  })

  it('says in each message that nothing saved before was lost', () => {
    for (const problem of ['full', 'read-only', 'io'] as const)
      expect(storageMessage(problem)).toMatch(/saved before is intact/)
  })
})
