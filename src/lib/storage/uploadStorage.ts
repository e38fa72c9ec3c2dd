import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { UPLOAD_FOLDERS } from '@/lib/media/uploadDir'
import { s3Settings } from './s3Settings'

/**
 * Images (every generated size) and files go to the S3 bucket when
 * `S3_BUCKET` is set, under the same folder names as on disk (images/,
 * files/), so objects from the two collections never collide and packs/
 * stays apart. Files are still served through Payload (/api/<collection>/file/<name>):
 * the URLs, access checks and next/image patterns stay exactly as on disk.
 *
 * - `alwaysInsertFields`: the adapter's `prefix` and `_objectKey` columns
 *   exist on local disk too, so one set of migrations fits both.
 * - `useCompositePrefixes`: the folder comes from this config, not from the
 *   document, whose `prefix` stays empty; otherwise Payload appends
 *   `?prefix=images` to every file URL.
 */
export const uploadStorage = (): Plugin => {
  const settings = s3Settings()
  return s3Storage({
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    collections: { files: { prefix: UPLOAD_FOLDERS.files }, imports: { prefix: UPLOAD_FOLDERS.imports }, media: { prefix: UPLOAD_FOLDERS.media } },
    config: settings?.client ?? {},
    enabled: settings !== null,
    useCompositePrefixes: true,
  })
}
