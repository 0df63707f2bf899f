/**
 * Which icon means what, once for the whole app: a status, a place or a result looks the same on
 * every screen. Icons are imported one by one from lucide-vue-next (tree-shaken, no icon font) and
 * are aria-hidden; the words beside them, or the control's aria-label, carry the meaning.
 */
import {
  BookOpen,
  ChartColumn,
  Circle,
  CircleCheck,
  CircleDashed,
  CircleX,
  ClipboardCheck,
  Library,
  NotebookPen,
  Repeat,
  Search,
  Settings,
  LayoutDashboard,
} from 'lucide-vue-next'
import type { ChapterStatus } from '../../../../shared/progress'

export const STATUS_ICONS = {
  'not-started': Circle,
  'in-progress': CircleDashed,
  complete: CircleCheck,
} as const satisfies Record<ChapterStatus, unknown>

export const RESULT_ICONS = { correct: CircleCheck, wrong: CircleX } as const

export const NAV_ICONS = {
  home: LayoutDashboard,
  chapter: BookOpen,
  review: Repeat,
  finalCheck: ClipboardCheck,
  glossary: Library,
  notes: NotebookPen,
  stats: ChartColumn,
  settings: Settings,
  search: Search,
} as const
