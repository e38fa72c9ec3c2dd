import fs from 'node:fs/promises'

import S3rver from '@20minutes/s3rver'
import AWSAccount from '@20minutes/s3rver/lib/models/account.js'

export type S3ServerOptions = { accessKeyId?: string; bucket: string; directory: string; port?: number; secretAccessKey?: string }
export type S3Server = { close: () => Promise<void>; endpoint: string }

/** s3rver's built-in key pair; any other pair given is added beside it. */
export const S3RVER_DEFAULT_KEY = 'S3RVER'

/**
 * A local S3-compatible server (s3rver, objects as files under `directory`)
 * with `bucket` created, on 127.0.0.1:`port` (0 or unset: a free port). For
 * `npm run s3:local`, `npm run cluster` and the tests; never for production.
 * Point the site at it with S3_ENDPOINT=<endpoint>, S3_BUCKET, the key pair
 * and path-style addressing (the default when S3_ENDPOINT is set).
 */
export const startS3Server = async ({ accessKeyId = S3RVER_DEFAULT_KEY, bucket, directory, port = 0, secretAccessKey = S3RVER_DEFAULT_KEY }: S3ServerOptions): Promise<S3Server> => {
  await fs.mkdir(directory, { recursive: true })
  // s3rver keeps one process-wide account registry: the pair stays valid until the process exits.
  if (accessKeyId !== S3RVER_DEFAULT_KEY || secretAccessKey !== S3RVER_DEFAULT_KEY) AWSAccount.DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey)
  const server = new S3rver({ address: '127.0.0.1', configureBuckets: [{ name: bucket }], directory, port, silent: true, vhostBuckets: false })
  const address = await server.run()
  return { close: () => server.close(), endpoint: `http://127.0.0.1:${address.port}` }
}
