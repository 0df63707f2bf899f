/** Memory of this process after forced garbage collection (run with --expose-gc). */
export function settledMemory(): { rssMb: number; heapUsedMb: number } {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run with --expose-gc')
  gc()
  gc()
  const m = process.memoryUsage()
  return { rssMb: m.rss / 1048576, heapUsedMb: m.heapUsed / 1048576 }
}
