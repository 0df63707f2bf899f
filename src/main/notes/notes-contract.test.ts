import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempServices } from '../../../test/support/temp-services'
import { copyPack } from '../../../test/support/packs'
import { NOTE_MAX_CHARS } from '../../shared/notes'

let env: ReturnType<typeof tempServices>
beforeEach(() => {
  env = tempServices()
})
afterEach(() => env.dispose())

const INTRO = { courseId: 'mini', chapterId: 'first', sectionId: 'intro' }

describe('notes through the contract', () => {
  it('creates, edits, lists in reading order and deletes a note', async () => {
    const created = await env.dispatch('saveNote', {
      ...INTRO,
      text: '  앱은 운영체제 위에서 돈다  ',
      bookmarked: false,
    })
    expect(created).toMatchObject({
      ok: true,
      value: { ...INTRO, text: '앱은 운영체제 위에서 돈다', bookmarked: false },
    })
    await env.dispatch('saveNote', {
      courseId: 'mini',
      chapterId: 'second',
      sectionId: 'start',
      text: '',
      bookmarked: true,
    })
    await env.dispatch('saveNote', {
      courseId: 'mini',
      chapterId: 'first',
      sectionId: 'summary',
      text: '정리!',
      bookmarked: true,
    })

    const edited = await env.dispatch('saveNote', { ...INTRO, text: '수정한 메모', bookmarked: true })
    expect(edited).toMatchObject({ ok: true, value: { text: '수정한 메모', bookmarked: true } })

    const listed = await env.dispatch('listNotes', { courseId: 'mini' })
    expect(listed.ok && (listed.value as { sectionId: string }[]).map((n) => n.sectionId)).toEqual([
      'intro',
      'summary',
      'start',
    ])

    expect(await env.dispatch('deleteNote', INTRO)).toEqual({ ok: true, value: { deleted: true } })
    expect(await env.dispatch('deleteNote', INTRO)).toEqual({ ok: true, value: { deleted: false } })
    const after = await env.dispatch('listNotes', { courseId: 'mini' })
    expect(after.ok && (after.value as unknown[]).length).toBe(2)
  })

  it('stores decomposed Hangul composed, so search finds it as typed', async () => {
    await env.dispatch('saveNote', { ...INTRO, text: '가상화'.normalize('NFD'), bookmarked: false })
    expect(env.services.notes.all().map((n) => n.text)).toEqual(['가상화'])
  })

  it.each([
    [
      'text one character too long',
      { ...INTRO, text: 'ㄱ'.repeat(NOTE_MAX_CHARS + 1), bookmarked: false },
      'invalid_input',
    ],
    ['neither text nor bookmark', { ...INTRO, text: '   ', bookmarked: false }, 'invalid_input'],
    [
      'a malformed section id',
      { ...INTRO, sectionId: 'Intro Section', text: '메모', bookmarked: false },
      'invalid_input',
    ],
    ['a bookmark flag that is not a boolean', { ...INTRO, text: '메모', bookmarked: 'yes' }, 'invalid_input'],
    ['an extra field', { ...INTRO, text: '메모', bookmarked: false, createdAt: 0 }, 'invalid_input'],
    [
      'a section the chapter does not have',
      { ...INTRO, sectionId: 'start', text: '메모', bookmarked: false },
      'not_found',
    ],
    [
      'a chapter the course does not have',
      { ...INTRO, chapterId: 'third', text: '메모', bookmarked: false },
      'not_found',
    ],
    ['a course that is not installed', { ...INTRO, courseId: 'other', text: '메모', bookmarked: false }, 'not_found'],
  ])('refuses a note with %s and changes nothing', async (_label, payload, code) => {
    await env.dispatch('saveNote', { ...INTRO, text: '원래 메모', bookmarked: true })
    const before = env.fingerprint()
    expect(await env.dispatch('saveNote', payload)).toMatchObject({ ok: false, error: { code } })
    expect(env.fingerprint()).toBe(before)
    expect(env.services.notes.list('mini')).toEqual([expect.objectContaining({ text: '원래 메모', bookmarked: true })])
  })

  it('counts emoji as the learner sees them: 2,000 family emoji fit, 2,001 do not', async () => {
    const family = '👨‍👩‍👧‍👦'
    const longest = await env.dispatch('saveNote', { ...INTRO, text: family.repeat(NOTE_MAX_CHARS), bookmarked: false })
    expect(longest).toMatchObject({ ok: true })
    expect(env.services.notes.list('mini')[0]?.text).toBe(family.repeat(NOTE_MAX_CHARS))
    const tooLong = await env.dispatch('saveNote', {
      ...INTRO,
      text: family.repeat(NOTE_MAX_CHARS + 1),
      bookmarked: false,
    })
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('accepts exactly the longest note allowed', async () => {
    const result = await env.dispatch('saveNote', { ...INTRO, text: 'ㄱ'.repeat(NOTE_MAX_CHARS), bookmarked: false })
    expect(result).toMatchObject({ ok: true })
  })

  it.each([
    ['a section the chapter does not have', { ...INTRO, sectionId: 'start' }, 'not_found'],
    ['a malformed id', { ...INTRO, chapterId: '../first' }, 'invalid_input'],
  ])('refuses to delete with %s and changes nothing', async (_label, payload, code) => {
    await env.dispatch('saveNote', { ...INTRO, text: '원래 메모', bookmarked: false })
    const before = env.fingerprint()
    expect(await env.dispatch('deleteNote', payload)).toMatchObject({ ok: false, error: { code } })
    expect(env.fingerprint()).toBe(before)
  })

  it('keeps a note whose section a content update renamed, lists it last, and still lets it be deleted', async () => {
    const pack = copyPack('mini')
    const dataDir = env.dataDir
    env.services.close()
    env = tempServices({ dataDir, packDirs: [pack] })
    await env.dispatch('saveNote', { ...INTRO, sectionId: 'summary', text: '정리 메모', bookmarked: false })
    await env.dispatch('saveNote', { ...INTRO, text: '들어가며 메모', bookmarked: false })
    env.services.close()

    const chapter = join(pack, 'chapters', '01-first.md')
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replaceAll('summary', 'wrap-up'))
    env = tempServices({ dataDir, packDirs: [pack] })
    expect(env.services.notes.list('mini').map((n) => n.sectionId)).toEqual(['intro', 'summary'])
    expect(
      await env.dispatch('saveNote', { ...INTRO, sectionId: 'summary', text: '수정', bookmarked: false }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    expect(await env.dispatch('deleteNote', { ...INTRO, sectionId: 'summary' })).toEqual({
      ok: true,
      value: { deleted: true },
    })
  })
})
