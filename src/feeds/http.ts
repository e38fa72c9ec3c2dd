import { plainTextResponse, pollableResponse } from '@/lib/http/pollableResponse'
import type { FeedFormat } from './paths'
import { FEED_MEDIA_TYPES } from './formats'

/** The feed, or 304 when the reader's copy is current (src/lib/http/pollableResponse). */
export const feedResponse = ({ body, format, request, updated }: { body: string; format: FeedFormat; request: Request; updated: string }): Response =>
  pollableResponse({ body, contentType: FEED_MEDIA_TYPES[format], request, updated })

/** Unknown names, formats and columns: a short Vietnamese message, never an error page. */
export const feedNotFound = (): Response =>
  plainTextResponse(
    404,
    'Không tìm thấy nguồn tin này. Địa chỉ nguồn tin có dạng /feeds/<nguồn>/rss.xml, atom.xml hoặc feed.json; <nguồn> là bai-viet, guong-dien-hinh, phong-trao, chuyen-muc/<đường dẫn của chuyên mục>, su-kien, su-kien/tinh/<đường dẫn của tỉnh, thành phố>, su-kien/phong-trao/<đường dẫn của phong trào> hoặc lay-y-kien.',
  )
