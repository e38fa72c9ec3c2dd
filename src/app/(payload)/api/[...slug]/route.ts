/* Payload REST API (generated shape, with Payload's handlers wrapped by the partner policy in src/partners). */
import '@payloadcms/next/css'

import { restRoutes } from '@/partners/routes'

export const { DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT } = restRoutes
