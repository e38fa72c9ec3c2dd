import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'

import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'

import { isMissingObject } from '@/lib/storage/s3Client'
import type { PackStore } from './store'

const PREFIX = 'packs/'

const orNull = async <T>(read: () => Promise<T>): Promise<T | null> => {
  try {
    return await read()
  } catch (error) {
    if (isMissingObject(error)) return null
    throw error
  }
}

/**
 * Packs as objects under `packs/` in the bucket, so a pack built on one
 * instance downloads from every other. A pack is written to a local temp
 * file first (the ZIP is streamed, never held in memory) and uploaded whole
 * with its length: an object appears only once complete.
 */
export const s3PackStore = ({ bucket, client }: { bucket: string; client: S3Client }): PackStore => ({
  list: async (prefix) => {
    const names: string[] = []
    let token: string | undefined
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token, Prefix: `${PREFIX}${prefix}` }))
      for (const object of page.Contents ?? []) if (object.Key) names.push(object.Key.slice(PREFIX.length))
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return names
  },
  open: (name) =>
    orNull(async () => {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: `${PREFIX}${name}` }))
      if (!(object.Body instanceof Readable)) throw new Error(`S3 returned no readable body for ${PREFIX}${name}`)
      return { bytes: object.ContentLength ?? 0, stream: object.Body }
    }),
  remove: async (name) => {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: `${PREFIX}${name}` }))
  },
  save: async (name, write) => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'thidua-pack-'))
    const temp = path.join(dir, `${crypto.randomBytes(6).toString('hex')}.zip`)
    try {
      await write(temp)
      const { size } = await fsp.stat(temp)
      await client.send(new PutObjectCommand({ Body: fs.createReadStream(temp), Bucket: bucket, ContentLength: size, ContentType: 'application/zip', Key: `${PREFIX}${name}` }))
      return size
    } finally {
      await fsp.rm(dir, { force: true, recursive: true })
    }
  },
  size: (name) => orNull(async () => (await client.send(new HeadObjectCommand({ Bucket: bucket, Key: `${PREFIX}${name}` }))).ContentLength ?? 0),
})
