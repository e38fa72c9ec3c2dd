import type { S3ClientConfig } from '@aws-sdk/client-s3'

export type S3Settings = { bucket: string; client: S3ClientConfig }

const flag = (value: string | undefined, fallback: boolean): boolean => (value === undefined || value === '' ? fallback : /^(1|true|yes|on)$/i.test(value))

/**
 * Shared uploads and course packs go to an S3 bucket when `S3_BUCKET` is set
 * (several instances behind a load balancer must see the same files);
 * otherwise they stay on local disk as before. Read at call time so tests
 * can set the environment before loading the config.
 */
export const s3Settings = (): S3Settings | null => {
  const bucket = process.env.S3_BUCKET?.trim()
  if (!bucket) return null
  const endpoint = process.env.S3_ENDPOINT?.trim() || undefined
  const accessKeyId = process.env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = process.env.S3_SECRET_ACCESS_KEY?.trim()
  return {
    bucket,
    client: {
      // Without keys the SDK's own chain applies (instance role, ~/.aws, AWS_* variables).
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      endpoint,
      // S3-compatible servers (MinIO, s3rver, most providers) address buckets by path, not by host name.
      forcePathStyle: flag(process.env.S3_FORCE_PATH_STYLE, Boolean(endpoint)),
      region: process.env.S3_REGION?.trim() || 'us-east-1',
      // SDKs from 3.729 add CRC32 checksums to every request by default; servers such as s3rver 4 reject or mangle them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}
