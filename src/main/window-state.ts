import { DEFAULT_BOUNDS, type WindowBounds } from './window-options'

export interface DisplayArea {
  x: number
  y: number
  width: number
  height: number
}

/**
 * Restores saved bounds only if they are sane and still visible on a connected display (a
 * monitor may have been unplugged since); otherwise falls back to the default size.
 */
export function restoreBounds(saved: unknown, displays: readonly DisplayArea[]): WindowBounds {
  if (typeof saved !== 'object' || saved === null) return DEFAULT_BOUNDS
  const { x, y, width, height } = saved as Record<string, unknown>
  const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)
  if (!isInt(width) || !isInt(height) || width < 400 || height < 300 || width > 10_000 || height > 10_000) {
    return DEFAULT_BOUNDS
  }
  if (!isInt(x) || !isInt(y)) return { width, height }
  const visible = displays.some(
    (d) => x + 100 > d.x && y + 50 > d.y && x + 100 < d.x + d.width && y + 50 < d.y + d.height,
  )
  return visible ? { x, y, width, height } : { width, height }
}
