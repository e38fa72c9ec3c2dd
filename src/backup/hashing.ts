import crypto from 'node:crypto'
import fs from 'node:fs'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** A pass-through that hashes and counts what flows through it: one read of each file, checked as it is copied. */
export const hashingPassThrough = () => {
  const hash = crypto.createHash('sha256')
  let size = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    },
  })
  return { digest: () => ({ sha256: hash.digest('hex'), size }), stream }
}

export const sha256File = async (file: string): Promise<string> => {
  const hash = crypto.createHash('sha256')
  await pipeline(fs.createReadStream(file), hash)
  return hash.digest('hex')
}
