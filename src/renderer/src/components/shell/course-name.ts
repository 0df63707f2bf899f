/**
 * A course title split for the sidebar: the series ("쿠버네티스 어나더 클래스 (지상편)") and the
 * module studied ("Sprint 3 · 가상화 한방정리"), at the first " · ". A title without one is all module.
 */
export function courseName(title: string): { family: string | null; module: string } {
  const at = title.indexOf(' · ')
  if (at <= 0) return { family: null, module: title.trim() }
  return { family: title.slice(0, at).trim(), module: title.slice(at + 3).trim() }
}
