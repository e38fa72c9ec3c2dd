import type { Endpoint, PayloadRequest } from 'payload'

import { isLocale } from '@/i18n/locales'
import { type OpinionInput, submitOpinion, type SubmitRefusal } from './submit'
import { clientAddress } from '@/lib/server/clientAddress'
import { refusalPage, sentPath, wantsHtml } from './formReply'

const STATUS: Record<SubmitRefusal, number> = { closed: 409, duplicate: 409, invalid: 400, rateLimited: 429, unknown: 404 }
const MAX_BODY_BYTES = 16 * 1024

/** JSON or a plain HTML form post; anything else is refused before it is read. */
const readInput = async (req: PayloadRequest): Promise<OpinionInput | string> => {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return 'Nội dung gửi quá lớn.'
  const text = (await req.text?.()) ?? ''
  if (text.length > MAX_BODY_BYTES) return 'Nội dung gửi quá lớn.'
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text))
  if (type !== 'application/json') return 'Chỉ nhận application/json hoặc application/x-www-form-urlencoded.'
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as OpinionInput) : 'Dữ liệu JSON phải là một đối tượng.'
  } catch {
    return 'Dữ liệu JSON không hợp lệ.'
  }
}

/**
 * POST /api/nominations/:id/opinions — the public opinion form. The site's
 * page sends JSON from script; without script the browser posts the form
 * itself and gets pages instead (303 to a thank-you page, or the refusal with
 * its status). 201 stored; 400 invalid fields; 404 unknown or draft
 * nomination; 409 outside the window or a duplicate; 429 too many from one
 * address. `?locale=en` answers in English.
 */
export const opinionEndpoint: Endpoint = {
  method: 'post',
  path: '/:id/opinions',
  handler: async (req) => {
    const requested = req.searchParams.get('locale')
    const locale = isLocale(requested) ? requested : 'vi'
    const html = wantsHtml(req.headers)
    const input = await readInput(req)
    if (typeof input === 'string') return html ? refusalPage({ locale, messages: [input], status: 400 }) : Response.json({ errors: [{ message: input }] }, { status: 400 })
    const result = await submitOpinion({ address: clientAddress(req.headers), input, locale, nominationId: String(req.routeParams?.id ?? ''), payload: req.payload })
    if (result.ok) {
      return html ? new Response(null, { headers: { Location: sentPath(locale) }, status: 303 }) : Response.json({ message: locale === 'en' ? 'Opinion received.' : 'Đã nhận ý kiến.' }, { status: 201 })
    }
    const status = STATUS[result.reason]
    const headers = result.retryAfterSeconds ? { 'Retry-After': String(result.retryAfterSeconds) } : undefined
    if (html) return refusalPage({ locale, messages: Object.values(result.errors), status })
    return Response.json({ errors: Object.entries(result.errors).map(([field, message]) => ({ field, message })), reason: result.reason }, { headers, status })
  },
}
