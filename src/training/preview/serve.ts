import { dictionary, type Locale } from '@/i18n'
import { formatDateTime } from '@/lib/dates/format'
import { escapeHtml as e } from '@/lib/html/escape'
import { pathsFor } from '@/lib/urls/sitePaths'
import { getPayloadClient } from '@/lib/server/payload'
import { loadCourseContent } from '../content'
import { renderCourseIndex } from '../html/courseIndex'
import { htmlDocument } from '../html/layout'
import { renderLessonPage } from '../html/lessonPage'
import { lessonName, previewLinks } from '../html/links'
import { verifyPreviewToken } from './token'

/**
 * A draft must never be cached or indexed, and the token in the URL must not
 * travel to other sites in a Referer header.
 */
const PRIVATE_HEADERS = {
  'Cache-Control': 'private, no-store, max-age=0',
  'Content-Type': 'text/html; charset=utf-8',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
}

const page = (html: string, status = 200) => new Response(html, { headers: PRIVATE_HEADERS, status })

const message = ({ body, locale, status, title }: { body: string; locale: Locale; status: number; title: string }) =>
  page(htmlDocument({ body: `<h1>${e(title)}</h1>\n<p>${e(body)}</p>`, lang: locale, noindex: true, title }), status)

/**
 * The course (or one lesson) behind a signed preview link, as its latest
 * draft: 410 once the link has expired, 404 when it was altered or the
 * course is gone.
 */
export const servePreview = async ({ lessonSlug, locale, token }: { lessonSlug?: string; locale: Locale; token: string }): Promise<Response> => {
  const t = dictionary(locale).coursePreview
  const payload = await getPayloadClient()
  const check = verifyPreviewToken({ secret: payload.secret, token })
  if (check.status === 'invalid') return message({ body: t.invalidBody, locale, status: 404, title: t.invalidTitle })
  if (check.status === 'expired') return message({ body: t.expiredBody, locale, status: 410, title: t.expiredTitle })
  const content = await loadCourseContent({ id: check.courseId, locale, mode: 'draft', payload })
  if (!content) return message({ body: t.invalidBody, locale, status: 404, title: t.invalidTitle })
  const links = previewLinks(pathsFor(locale).coursePreview(token))
  const banner = `<p class="banner" role="note">${e(t.banner(formatDateTime(check.expiresAt)))}</p>`
  if (lessonSlug === undefined) return page(renderCourseIndex({ banner, content, links }))
  const index = content.lessons.findIndex((l) => lessonName(l) === lessonSlug)
  if (index < 0) return message({ body: t.lessonMissing, locale, status: 404, title: dictionary(locale).common.notFoundTitle })
  return page(renderLessonPage({ banner, content, index, links }))
}
