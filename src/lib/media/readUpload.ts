import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3'

import { isMissingObject, s3Bucket } from '@/lib/storage/s3Client'
import { UPLOAD_FOLDERS, uploadDir } from './uploadDir'

export type UploadCollection = keyof typeof UPLOAD_FOLDERS

/** A stored upload that is not where its document says: on disk or in the bucket. */
export class MissingUploadError extends Error {
  readonly collection: UploadCollection
  readonly filename: string
  constructor({ collection, filename }: { collection: UploadCollection; filename: string }) {
    super(`The stored file "${filename}" (${collection}) is missing from upload storage`)
    this.name = 'MissingUploadError'
    this.collection = collection
    this.filename = filename
  }
}

/** Where the S3 adapter stores an upload (src/lib/storage/uploadStorage.ts): the disk folder's name as the key prefix. */
export const uploadObjectKey = ({ collection, filename }: { collection: UploadCollection; filename: string }): string => `${UPLOAD_FOLDERS[collection]}/${filename}`

const localPath = ({ collection, filename }: { collection: UploadCollection; filename: string }) => path.join(uploadDir(UPLOAD_FOLDERS[collection]), path.basename(filename))

/** Whether the stored file exists, on local disk or in the bucket. */
export const uploadExists = async (file: { collection: UploadCollection; filename: string }): Promise<boolean> => {
  const s3 = s3Bucket()
  if (!s3) return (await fs.stat(localPath(file)).catch(() => null))?.isFile() ?? false
  try {
    await s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: uploadObjectKey(file) }))
    return true
  } catch (error) {
    if (isMissingObject(error)) return false
    throw error
  }
}

/**
 * A stored upload as a stream, from local disk or the bucket, whichever is
 * configured. Opened before it returns, so a missing file is a
 * `MissingUploadError` here rather than a stream error later.
 */
export const readUpload = async (file: { collection: UploadCollection; filename: string }): Promise<Readable> => {
  const s3 = s3Bucket()
  if (!s3) {
    const handle = await fs.open(localPath(file), 'r').catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' || error.code === 'EISDIR' ? new MissingUploadError(file) : error
    })
    return handle.createReadStream()
  }
  try {
    const { Body } = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: uploadObjectKey(file) }))
    // In Node the SDK's body is an http.IncomingMessage (a Readable).
    if (!(Body instanceof Readable)) throw new Error(`S3 returned no readable body for ${uploadObjectKey(file)}`)
    return Body
  } catch (error) {
    throw isMissingObject(error) ? new MissingUploadError(file) : error
  }
}
