import { computed, useId, useTemplateRef, type Ref } from 'vue'
import { clampIndex, indexForKey } from './diagram-kit'

/**
 * The picker the matrix, layer stack and ladder share: a tablist (template ref `tabs`) whose
 * selected index is the diagram's remembered `step`, clamped to the items there are. Arrow keys
 * and Home/End move the selection and the focus with it: wrapping around a list or table, stopping at
 * the ends of a `rising` picture (a staircase), where ArrowUp climbs and ArrowDown descends.
 */
export function useTabPicker(step: Ref<number>, count: () => number, options: { rising?: boolean } = {}) {
  const tabs = useTemplateRef<HTMLButtonElement[]>('tabs')
  const selected = computed(() => clampIndex(step.value, count()))
  const uid = useId()

  function select(index: number, focus: boolean): void {
    if (index !== selected.value) step.value = index
    if (focus) tabs.value?.[index]?.focus()
  }

  function onKey(event: KeyboardEvent): void {
    const next = indexForKey(event, selected.value, count(), !options.rising, options.rising)
    if (next !== null) select(next, true)
  }

  /** The tab pattern's wiring for tab `index`: `v-bind` it on each button of the tablist. */
  function tab(index: number) {
    const isSelected = index === selected.value
    return {
      id: `${uid}-tab-${index}`,
      type: 'button' as const,
      role: 'tab',
      'aria-selected': isSelected,
      'aria-controls': `${uid}-panel`,
      tabindex: isSelected ? 0 : -1,
      onClick: () => select(index, false),
    }
  }

  /** The same for the one panel that shows the selected tab's detail. */
  const panel = computed(() => ({
    id: `${uid}-panel`,
    role: 'tabpanel',
    'aria-labelledby': `${uid}-tab-${selected.value}`,
  }))

  return { selected, select, onKey, tab, panel }
}
