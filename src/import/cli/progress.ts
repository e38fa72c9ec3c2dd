import cliProgress from 'cli-progress'

import type { WriteCounts } from '../engine/write'

/**
 * A bar on a terminal; in a log (CI, a pipe) a line at every tenth, so a
 * long import still shows it is moving without flooding the log.
 */
export const progressReporter = ({ total, word }: { total: number; word: string }) => {
  const started = Date.now()
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `[import] {bar} {value}/{total} ${word} ({percentage}%) · mới {created} · cập nhật {updated} · không đổi {unchanged} · {duration}s`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    )
    bar.start(total, 0, { created: 0, unchanged: 0, updated: 0 })
    return { done: () => bar.stop(), update: (c: WriteCounts) => bar.update(c.processed, { created: c.created, unchanged: c.unchanged, updated: c.updated }) }
  }
  let nextTenth = 1
  return {
    done: () => undefined,
    update: (c: WriteCounts) => {
      if (total === 0 || c.processed < (total * nextTenth) / 10) return
      while (c.processed >= (total * nextTenth) / 10 && nextTenth <= 10) nextTenth++
      console.log(`[import] ${c.processed}/${total} ${word} (${Math.round((c.processed / total) * 100)}%), ${((Date.now() - started) / 1000).toFixed(1)} s`)
    },
  }
}
