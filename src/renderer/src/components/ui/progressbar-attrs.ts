/**
 * What assistive technology is told about a progress bar, ring or reading bar: one place, so all
 * three read out a whole percentage the same way. Bound with `v-bind` on the element that shows it.
 */
export function progressbarAttrs(percent: number, label: string) {
  return {
    role: 'progressbar',
    'aria-label': label,
    'aria-valuemin': 0,
    'aria-valuemax': 100,
    'aria-valuenow': percent,
  } as const
}
