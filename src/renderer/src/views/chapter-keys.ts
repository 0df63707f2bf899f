/**
 * Controls in which the arrow keys already mean something (moving a caret, a choice, a list
 * item, a slider or a diagram's step, scrolling a table) or would surprise the learner if they
 * switched the chapter (a focused button): ←/→ are theirs there, never the chapter page's.
 */
const ARROW_KEY_CONTROLS = [
  'input',
  'textarea',
  'select',
  'button',
  'audio',
  'video',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="radio"]',
  '[role="radiogroup"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="tab"]',
  '[role="tablist"]',
  '[role="listbox"]',
  '[role="option"]',
  '[role="menu"]',
  '[role="menuitem"]',
  '[role="grid"]',
  '[role="tree"]',
  '[role="scrollbar"]',
  // Ordering items, scrollable tables and anything else made focusable on purpose. Headings and
  // sections focused only to move the reading place there carry tabindex="-1" and do not count.
  '[tabindex]:not([tabindex="-1"])',
].join(', ')

/**
 * Which way ←/→ turn the chapter for this key press, or null when the key is not the chapter
 * page's: a modifier is held, another handler took it, a dialog (search, a confirmation) is open,
 * or focus is in a control that uses the arrows itself.
 */
export function chapterKeyDirection(event: KeyboardEvent): 'next' | 'previous' | null {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return null
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null
  if (document.querySelector('dialog[open]')) return null
  const target = event.target instanceof Element ? event.target : null
  if (target?.closest(`dialog, [aria-modal="true"], ${ARROW_KEY_CONTROLS}`)) return null
  return event.key === 'ArrowRight' ? 'next' : 'previous'
}
