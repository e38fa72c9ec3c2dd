import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The site's Payload instance; `cron` starts the in-app job runner (scheduled publishing). */
export const getPayloadClient = (): Promise<Payload> => getPayload({ config, cron: true })
