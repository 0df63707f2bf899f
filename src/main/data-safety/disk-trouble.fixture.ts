// Child process for the disk-trouble test, run inside `unshare -rm` on a tmpfs the test mounts
// (a namespace's root cannot write to a full or read-only file system, unlike plain root, which
// ignores chmod). Phase "seed": saves some progress and closes cleanly. Phase "full": the same,
// then fills the disk and tries to write. Phase "read-only": starts the services on the
// remounted read-only folder. Prints one JSON line of what it saw.
import { closeSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { createFakeDialogs } from '../../../test/support/fake-dialogs'
import { MINI_PACK } from '../../../test/support/temp-services'
import { createDispatcher } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import { createServices } from '../services'

const [dir, phase] = process.argv.slice(2)
if (!dir || !phase) throw new Error('usage: disk-trouble <dir> seed|full|read-only')

async function main(): Promise<void> {
  const dialogs = createFakeDialogs()
  const services = createServices({ dataDir: dir!, packDirs: [MINI_PACK], dialogs, log: () => undefined })
  await services.startupBackup
  const dispatch = createDispatcher(createHandlers(services), () => undefined)
  const read = async () => ({
    chapter: (await dispatch('getChapter', { courseId: 'mini', chapterId: 'first' })).ok,
    progress: await dispatch('getProgress', { courseId: 'mini' }),
  })
  const out: Record<string, unknown> = { notices: services.notices.map((n) => n.kind) }
  if (phase === 'seed') {
    for (const section of ['intro', 'body'])
      await dispatch('markSectionRead', { courseId: 'mini', chapterId: 'first', sectionId: section })
  } else if (phase === 'full') {
    for (const section of ['intro', 'body'])
      await dispatch('markSectionRead', { courseId: 'mini', chapterId: 'first', sectionId: section })
    fillDisk(join(dir!, 'filler'))
    const acknowledged: string[] = []
    let refused: unknown = null
    for (let i = 0; i < 500 && !refused; i++) {
      const result = await dispatch('recordStudyTime', { courseId: 'mini', chapterId: 'first', seconds: 1 + (i % 60) })
      if (result.ok) acknowledged.push(`time-${i}`)
      else refused = result.error
    }
    dialogs.savePath = join(dir!, 'export.json')
    out['refused'] = refused
    out['acknowledgedTimes'] = acknowledged.length
    out['export'] = await dispatch('exportProgress', { courseId: 'mini' })
    out['reads'] = await read()
  } else {
    out['reads'] = await read()
    out['write'] = await dispatch('markSectionRead', { courseId: 'mini', chapterId: 'first', sectionId: 'summary' })
    out['reset'] = await dispatch('resetProgress', { courseId: 'mini', confirm: 'reset' })
    out['check'] = await dispatch('checkData', {})
    out['readsAfter'] = await read()
  }
  services.close()
  process.stdout.write(`${JSON.stringify(out)}\n`)
}

/** Writes until the file system says ENOSPC, as another program filling the disk would. */
function fillDisk(path: string): void {
  const fd = openSync(path, 'w')
  const chunk = Buffer.alloc(4096, 1)
  try {
    for (;;) writeSync(fd, chunk)
  } catch {
    // Full.
  } finally {
    closeSync(fd)
  }
}

void main()
