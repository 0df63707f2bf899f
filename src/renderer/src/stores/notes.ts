import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Note, NoteDraft } from '../../../shared/notes'
import { api, call } from '../api'
import { onPageLeave } from '../page-leave'

const keyOf = (chapterId: string, sectionId: string) => `${chapterId}/${sectionId}`

/** The learner's bookmarks and notes in the open course, one per section. */
export const useNotesStore = defineStore('notes', () => {
  /** Notes in reading order (as main lists them). */
  const notes = ref<Note[]>([])
  /** The course the list belongs to, so a chapter page loads it once. */
  const loadedFor = ref<string | null>(null)
  /** Notes by `chapterId/sectionId`. */
  const bySection = computed(() => new Map(notes.value.map((n) => [keyOf(n.chapterId, n.sectionId), n])))

  /** Unsaved note text by `chapterId/sectionId`, kept in main like a checkpoint draft. */
  const drafts = ref(new Map<string, string>())
  /** Drafts waiting out their delay before being saved (empty text forgets the draft). */
  const pendingDrafts = new Map<string, { timer: ReturnType<typeof setTimeout>; send: () => void }>()

  let pending: Promise<void> | null = null

  /** Loads the course's notes once (again only when `force`); every section asks, one call goes out. */
  function load(courseId: string, force = false): Promise<void> {
    if (!force && loadedFor.value === courseId) return Promise.resolve()
    if (!force && pending) return pending
    pending = Promise.all([call(api().listNotes({ courseId })), call(api().listNoteDrafts({ courseId }))])
      .then(([list, kept]) => fill(courseId, list, kept))
      .finally(() => (pending = null))
    return pending
  }

  /** Takes in the course's notes and note drafts (from `load`, or the first screen's answer). */
  function fill(courseId: string, list: Note[], kept: NoteDraft[]): void {
    notes.value = list
    const next = new Map(kept.map((d) => [keyOf(d.chapterId, d.sectionId), d.text]))
    // Text typed while the list was on its way is newer than what main had.
    for (const key of pendingDrafts.keys()) {
      const mine = drafts.value.get(key)
      if (mine === undefined) next.delete(key)
      else next.set(key, mine)
    }
    drafts.value = next
    loadedFor.value = courseId
  }

  /** A section's note, if any. */
  function noteFor(chapterId: string, sectionId: string): Note | undefined {
    return bySection.value.get(keyOf(chapterId, sectionId))
  }

  /** The section's unsaved note text, if the learner left some. */
  function draftFor(chapterId: string, sectionId: string): string | undefined {
    return drafts.value.get(keyOf(chapterId, sectionId))
  }

  /** Keeps (text) or forgets (null) a section's unsaved note text; saved shortly after the last change. */
  function setDraft(ids: { courseId: string; chapterId: string; sectionId: string }, text: string | null): void {
    const key = keyOf(ids.chapterId, ids.sectionId)
    const next = new Map(drafts.value)
    if (text === null) next.delete(key)
    else next.set(key, text)
    drafts.value = next
    clearTimeout(pendingDrafts.get(key)?.timer)
    const send = () => {
      pendingDrafts.delete(key)
      void call(api().saveNoteDraft({ ...ids, text: text ?? '' })).catch(() => undefined)
    }
    pendingDrafts.set(key, { timer: setTimeout(send, 300), send })
  }

  /** Sends every draft still waiting out its delay now. */
  function flushDrafts(): void {
    for (const { timer, send } of [...pendingDrafts.values()]) {
      clearTimeout(timer)
      send()
    }
  }
  // Text typed moments before a reload or a close is sent before the page goes.
  onPageLeave(flushDrafts)

  /** Forgets a section's draft at once, here and in main. */
  function dropDraft(ids: { courseId: string; chapterId: string; sectionId: string }): void {
    const key = keyOf(ids.chapterId, ids.sectionId)
    if (!drafts.value.has(key) && !pendingDrafts.has(key)) return
    setDraft(ids, null)
    const now = pendingDrafts.get(key)
    clearTimeout(now?.timer)
    now?.send()
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
    if (change.text !== undefined) dropDraft(ids)
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

  return {
    notes,
    loadedFor,
    bySection,
    drafts,
    load,
    fill,
    noteFor,
    draftFor,
    setDraft,
    dropDraft,
    flushDrafts,
    update,
    remove,
  }
})
