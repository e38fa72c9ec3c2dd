import { spawn } from 'node:child_process'

import type { TaskConfig } from 'payload'

export const IMPORT_QUEUE = 'imports'

/**
 * Runs a confirmed admin upload: starts `scripts/import.ts --import-id` as a
 * process of its own and waits for it. The import's SQLite transactions
 * must not share a process with the site's other writers (see
 * lib/database/sqlite.ts), and the editor may close the browser meanwhile:
 * the record's counts show how far it got. No automatic retry: a failed
 * import says why on its record and the editor starts it again.
 */
export const runImportTask: TaskConfig<'runImport'> = {
  slug: 'runImport',
  label: 'Nhập dữ liệu từ bảng tính',
  inputSchema: [{ name: 'importId', type: 'text', required: true }],
  retries: 0,
  handler: async ({ input }) => {
    const code = await new Promise<null | number>((resolve, reject) => {
      const child = spawn(process.execPath, ['--conditions=production', '--expose-gc', '--import', 'tsx', 'scripts/import.ts', '--import-id', String(input.importId)], { cwd: process.cwd(), env: process.env, stdio: 'inherit' })
      child.on('error', reject)
      child.on('exit', resolve)
    })
    if (code !== 0) throw new Error(`Tiến trình nhập dữ liệu kết thúc với mã ${code}.`)
    return { output: {} }
  },
}
