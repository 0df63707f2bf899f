import { STATS_WEEKS, type StudyDay, type StudyStats } from '../../shared/stats'
import type { StatsRepo } from '../db/stats-repo'
import type { CourseLookup } from '../course/course-lookup'
import { addDays, localDay, weekdayOf } from './local-day'
import { computeStreak } from './streak'

/**
 * Study stats, bucketed into the learner's local days. Everything is derived from the stored
 * events on each call (study time, checkpoint attempts, review answers), so nothing can drift.
 */
export function createStatsService(deps: { stats: StatsRepo; lookup: CourseLookup; now: () => Date }) {
  const { stats, lookup, now } = deps

  return {
    studyStats(courseId: string, timeZone: string): StudyStats {
      const outline = lookup.pack(courseId).outline
      const today = localDay(now().getTime(), timeZone)
      const firstDay = addDays(today, -weekdayOf(today) - 7 * (STATS_WEEKS - 1))

      const byDay = new Map<string, StudyDay>()
      for (let day = firstDay; day <= today; day = addDays(day, 1)) {
        byDay.set(day, { date: day, weekday: weekdayOf(day), seconds: 0, answered: 0, correct: 0 })
      }
      const activeDays = new Set<string>()
      const perChapter = new Map(outline.chapters.map((c) => [c.id, { chapterId: c.id, answered: 0, correct: 0 }]))

      for (const event of stats.events(courseId)) {
        const day = localDay(event.at, timeZone)
        activeDays.add(day)
        const bucket = byDay.get(day)
        if (event.kind === 'time') {
          if (bucket) bucket.seconds += event.seconds
          continue
        }
        if (bucket) {
          bucket.answered += 1
          if (event.correct) bucket.correct += 1
        }
        // A chapter the pack no longer has is left out rather than shown under a stale id.
        const chapter = perChapter.get(event.chapterId)
        if (chapter) {
          chapter.answered += 1
          if (event.correct) chapter.correct += 1
        }
      }

      return {
        timeZone,
        today,
        days: [...byDay.values()],
        streak: computeStreak(activeDays, today),
        chapters: [...perChapter.values()],
      }
    },
  }
}

export type StatsService = ReturnType<typeof createStatsService>
