const LIMIT_BYTES = 1024 * 1024 * 1024

/**
 * Each query the SQLite driver prepares holds native memory that V8 does
 * not see, so it collects rarely and a 10 000-row import grew to 2.2 GB.
 * A full collection when the process passes 1 GB keeps it near 700 MB at a
 * small cost (a few collections per import). Needs `--expose-gc`, which
 * `npm run import` and the import job pass; without it this does nothing.
 */
export const relieveMemory = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc && process.memoryUsage().rss > LIMIT_BYTES) gc()
}
