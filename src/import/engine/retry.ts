const BUSY = /SQLITE_BUSY|database is locked|deadlock detected|could not serialize/i

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs a write again when the database was busy: the import's SQLite
 * transactions meet the site's own writers on the same file (SQLITE_BUSY),
 * and PostgreSQL may cancel one side of a deadlock. Anything else fails at once.
 */
export const withRetry = async <T>(work: () => Promise<T>, attempts = 8): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      const message = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error)
      if (attempt >= attempts || !BUSY.test(message)) throw error
      await sleep(50 * 2 ** attempt)
    }
  }
}
