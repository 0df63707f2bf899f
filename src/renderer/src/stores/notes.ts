import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Note } from '../../../shared/notes'
import { api, call } from '../api'
import { takeEarly } from '../early-requests'

const keyOf = (chapterId: string, sectionId: string) => `${chapterId}/${sectionId}`

/** The learner's bookmarks and notes in the open course, one per section. */
export const useNotesStore = defineStore('notes', () => {
  /** Notes in reading order (as main lists them). */
  const notes = ref<Note[]>([])
  /** The course the list belongs to, so a chapter page loads it once. */
  const loadedFor = ref<string | null>(null)
  /** Notes by `chapterId/sectionId`. */
  const bySection = computed(() => new Map(notes.value.map((n) => [keyOf(n.chapterId, n.sectionId), n])))

  let pending: Promise<void> | null = null

  /** Loads the course's notes once (again only when `force`); every section asks, one call goes out. */
  function load(courseId: string, force = false): Promise<void> {
    if (!force && loadedFor.value === courseId) return Promise.resolve()
    if (!force && pending) return pending
    // The first load's answer was usually asked for at start-up (see early-requests.ts).
    pending = call((force ? undefined : takeEarly('listNotes', { courseId })) ?? api().listNotes({ courseId }))
      .then((list) => {
        notes.value = list
        loadedFor.value = courseId
      })
      .finally(() => (pending = null))
    return pending
  }

  /** A section's note, if any. */
  function noteFor(chapterId: string, sectionId: string): Note | undefined {
    return bySection.value.get(keyOf(chapterId, sectionId))
  }

  /**
   * Changes a section's bookmark and/or text. A note left with neither is deleted, so "remove
   * the bookmark" and "delete the text" each do what they say without losing the other.
   */
  async function update(
    ids: { courseId: string; chapterId: string; sectionId: string },
    change: { text?: string; bookmarked?: boolean },
  ): Promise<void> {
    const current = noteFor(ids.chapterId, ids.sectionId)
    const text = change.text ?? current?.text ?? ''
    const bookmarked = change.bookmarked ?? current?.bookmarked ?? false
    if (!text.trim() && !bookmarked) {
      if (current) await remove(ids)
      return
    }
    const saved = await call(api().saveNote({ ...ids, text, bookmarked }))
    const key = keyOf(ids.chapterId, ids.sectionId)
    notes.value = current
      ? notes.value.map((n) => (keyOf(n.chapterId, n.sectionId) === key ? saved : n))
      : [...notes.value, saved]
  }

  /** Deletes a section's note and bookmark together. */
  async function remove(ids: { courseId: string; chapterId: string; sectionId: string }): Promise<void> {
    await call(api().deleteNote(ids))
    const key = keyOf(ids.chapterId, ids.sectionId)
    notes.value = notes.value.filter((n) => keyOf(n.chapterId, n.sectionId) !== key)
  }

  return { notes, loadedFor, bySection, load, noteFor, update, remove }
})
