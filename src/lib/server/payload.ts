import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The one module in src/ that imports payload.config.ts: everything the config
 * reaches (collections, hooks, endpoints, jobs) gets Payload from `req.payload`
 * instead, so the config never imports itself.
 */
export const payloadConfig = config

/** The site's Payload instance; `cron` starts the in-app job runner (scheduled publishing). */
export const getPayloadClient = (): Promise<Payload> => getPayload({ config, cron: true })
