import { buffer } from 'node:stream/consumers'

import yauzl from 'yauzl'

/** Every file entry of a ZIP, by name: what a reader gets after unpacking it. */
export const unzip = (data: Buffer): Promise<Map<string, Buffer>> =>
  new Promise((resolve, reject) => {
    yauzl.fromBuffer(data, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'))
      const entries = new Map<string, Buffer>()
      zip.on('error', reject)
      zip.on('end', () => resolve(entries))
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry()
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${entry.fileName}`))
          buffer(stream).then((content) => {
            entries.set(entry.fileName, content)
            zip.readEntry()
          }, reject)
        })
      })
      zip.readEntry()
    })
  })

/** Relative links and image sources in an HTML page (external and fragment links left out), decoded. */
export const relativeRefs = (html: string): string[] =>
  [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&')).filter((ref) => !/^(?:[a-z]+:|\/\/|#)/i.test(ref) && ref !== '').map((ref) => decodeURIComponent(ref.split('#')[0]))
