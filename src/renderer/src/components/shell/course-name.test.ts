import { describe, expect, it } from 'vitest'
import { courseName } from './course-name'

describe('courseName', () => {
  it('puts the series apart from the module the learner studies', () => {
    expect(courseName('쿠버네티스 어나더 클래스 (지상편) · Sprint 3 · 가상화 한방정리')).toEqual({
      family: '쿠버네티스 어나더 클래스 (지상편)',
      module: 'Sprint 3 · 가상화 한방정리',
    })
  })

  it('keeps a title without a series whole', () => {
    expect(courseName('Mini course')).toEqual({ family: null, module: 'Mini course' })
  })
})
