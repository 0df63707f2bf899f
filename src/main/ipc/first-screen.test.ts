import { afterAll, describe, expect, it } from 'vitest'
import { tempServices } from '../../../test/support/temp-services'

const env = tempServices()
afterAll(() => env.dispose())

const value = async (method: string, input: unknown) => {
  const result = await env.dispatch(method, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('getStartup', () => {
  it('answers with what the single-purpose calls give, the opened chapter and the learner’s work included', async () => {
    await value('saveNote', {
      courseId: 'mini',
      chapterId: 'first',
      sectionId: 'intro',
      text: '메모',
      bookmarked: true,
    })
    await value('saveNoteDraft', { courseId: 'mini', chapterId: 'first', sectionId: 'body', text: '쓰다 만' })
    await value('saveDraft', {
      courseId: 'mini',
      questionId: 'q-first-single',
      draft: { type: 'single', optionId: 'a' },
    })
    await value('savePosition', { courseId: 'mini', chapterId: 'first', sectionId: 'body', scrollOffset: 40 })

    const startup = await value('getStartup', { chapterId: 'first' })
    expect(startup).toEqual({
      catalog: await value('getCatalog', {}),
      settings: await value('getSettings', {}),
      notices: await value('getNotices', {}),
      course: {
        outline: await value('getOutline', { courseId: 'mini' }),
        progress: await value('getProgress', { courseId: 'mini' }),
        notes: await value('listNotes', { courseId: 'mini' }),
        noteDrafts: await value('listNoteDrafts', { courseId: 'mini' }),
        chapter: {
          content: await value('getChapter', { courseId: 'mini', chapterId: 'first' }),
          state: await value('getChapterState', { courseId: 'mini', chapterId: 'first' }),
        },
      },
    })
    const course = (startup as { course: { chapter: { state: { position: unknown } } } }).course
    expect(course.chapter.state.position).toEqual({ sectionId: 'body', scrollOffset: 40 })
  })

  it('leaves the chapter out when none is asked for or the course has no such chapter', async () => {
    expect(await value('getStartup', {})).toMatchObject({ course: { chapter: null } })
    expect(await value('getStartup', { chapterId: 'no-such-chapter' })).toMatchObject({ course: { chapter: null } })
  })
})
