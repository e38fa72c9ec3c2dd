import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** What the Nu HTML Checker says about one place in one document. */
export type VnuMessage = { extract?: string; firstColumn?: number; lastLine?: number; message: string; subType?: string; type: string; url: string }

/** The package's main module is the path of the vnu.jar it ships. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'))

const run = (file: string, args: string[]): Promise<string> =>
  new Promise((resolve, reject) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => (error ? reject(new Error(`${file} failed: ${error.message}\n${stderr}`)) : resolve(stdout)))
  })

/**
 * Checks many HTML documents in one run of vnu.jar (one JVM start), each
 * written to a temporary file; returns the errors and warnings with the
 * document's own label (its URL) in place of the file's. Needs Java 17 or
 * later on the PATH (or JAVA, the path of the java binary).
 */
export const checkHtml = async (documents: { html: string; label: string }[]): Promise<VnuMessage[]> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vnu-'))
  try {
    const labels = new Map<string, string>()
    const files = await Promise.all(
      documents.map(async (doc, i) => {
        const file = path.join(dir, `page-${String(i).padStart(3, '0')}.html`)
        await fs.writeFile(file, doc.html)
        labels.set(pathToFileURL(file).href, doc.label)
        return file
      }),
    )
    const output = await run(process.env.JAVA ?? 'java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', '--skip-info-messages', ...files])
    const { messages } = JSON.parse(output) as { messages: VnuMessage[] }
    // vnu names a file `file:/tmp/…`, Node `file:///tmp/…`.
    return messages.map((m) => ({ ...m, url: labels.get(pathToFileURL(new URL(m.url).pathname).href) ?? m.url }))
  } finally {
    await fs.rm(dir, { force: true, recursive: true })
  }
}

/** Errors, fatal errors and the checker's own failures (`non-document-error`); warnings are `info`. */
export const isError = (m: VnuMessage): boolean => m.type !== 'info'

/** `url:line:column: message «extract»`, one line per message. */
export const formatMessage = (m: VnuMessage): string => `${m.url}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.subType === 'warning' ? 'warning: ' : ''}${m.message}${m.extract ? `  «${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}»` : ''}`
