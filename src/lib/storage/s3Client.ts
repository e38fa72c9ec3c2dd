import { S3Client } from '@aws-sdk/client-s3'

import { s3Settings } from './s3Settings'

/**
 * Path-style bucket requests (listing packs) go out as `GET /<bucket>/?…`;
 * s3rver signs `/<bucket>` and refuses them (SignatureDoesNotMatch). S3,
 * MinIO and other servers accept `/<bucket>` as well, so it is sent that way,
 * rewritten before signing. Object paths are left alone.
 */
const signBucketPathWithoutSlash = (client: S3Client, bucket: string) =>
  client.middlewareStack.add(
    (next) => (args) => {
      const request = args.request as { path?: string }
      if (request.path === `/${bucket}/`) request.path = `/${bucket}`
      return next(args)
    },
    { name: 'signBucketPathWithoutSlash', step: 'build' },
  )

let cached: { client: S3Client; key: string } | undefined

/**
 * The bucket and a client for this process's own reads and writes (course
 * packs, pack sources, file checks), or null on local disk. Payload's S3
 * adapter keeps its own client for uploads. Rebuilt if the settings change
 * (tests start a server per file).
 */
export const s3Bucket = (): { bucket: string; client: S3Client } | null => {
  const settings = s3Settings()
  if (!settings) return null
  const key = JSON.stringify(settings)
  if (cached?.key !== key) {
    const client = new S3Client(settings.client)
    if (settings.client.forcePathStyle) signBucketPathWithoutSlash(client, settings.bucket)
    cached = { client, key }
  }
  return { bucket: settings.bucket, client: cached.client }
}

/** The SDK's "no such object" errors: GetObject says NoSuchKey, HeadObject only a 404. */
export const isMissingObject = (error: unknown): boolean => {
  const e = error as { $metadata?: { httpStatusCode?: number }; name?: string } | null
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}
