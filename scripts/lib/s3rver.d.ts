// @20minutes/s3rver ships no types: the parts scripts/lib/s3Server.ts uses.
declare module '@20minutes/s3rver' {
  import type { AddressInfo } from 'node:net'

  type Options = {
    address?: string
    allowMismatchedSignatures?: boolean
    configureBuckets?: { configs?: (Buffer | string)[]; name: string }[]
    directory: string
    port?: number
    resetOnClose?: boolean
    silent?: boolean
    vhostBuckets?: boolean
  }
  export default class S3rver {
    constructor(options: Options)
    run(): Promise<AddressInfo>
    close(): Promise<void>
  }
}

declare module '@20minutes/s3rver/lib/models/account.js' {
  const AWSAccount: { DUMMY_ACCOUNT: { createKeyPair: (accessKeyId: string, secretAccessKey: string) => void } }
  export default AWSAccount
}
