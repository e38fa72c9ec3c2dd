import { handleOembedRequest } from '@/embed/oembed'
import { withMarkupEscapedJson } from '@/lib/http/escapeMarkup'
import { withPartnerPolicy } from '@/partners/withPartnerPolicy'

/**
 * GET /api/oembed?url=…: oEmbed for our embeddable pages (src/embed/oembed.ts).
 * A Next route beside Payload's /api catch-all (a static segment wins), behind
 * the same partner policy as the rest of /api.
 */
export const GET = withMarkupEscapedJson(withPartnerPolicy((request: Request) => handleOembedRequest(request)))
