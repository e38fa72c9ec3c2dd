import type { Locale } from '@/i18n/locales'
import { escapeHtml } from '@/lib/html/escape'

/** Where a plain HTML form post lands after success: a prerendered thank-you page. */
export const sentPath = (locale: Locale): string => (locale === 'en' ? '/en/lay-y-kien/da-gui' : '/lay-y-kien/da-gui')

/** A browser posting the form itself (no script) wants a page, not JSON. */
export const wantsHtml = (headers: Headers): boolean => {
  const accept = headers.get('accept') ?? ''
  return accept.includes('text/html') && !accept.includes('application/json')
}

const WORDS = {
  en: { back: 'Use your browser’s Back button to correct the form: what you typed is still there.', heading: 'Your opinion was not sent', title: 'Opinion not sent' },
  vi: { back: 'Bấm nút Quay lại (Back) của trình duyệt để sửa: những gì bạn đã nhập vẫn còn nguyên.', heading: 'Chưa gửi được ý kiến', title: 'Chưa gửi được ý kiến' },
} as const

/**
 * The refusal as a small page with the same 4xx status, for a form posted
 * without JavaScript. Every message is escaped; no script, no third party.
 */
export const refusalPage = ({ locale, messages, status }: { locale: Locale; messages: string[]; status: number }): Response => {
  const w = WORDS[locale]
  const items = messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('')
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${w.title} – Thi đua</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1d1d1f}h1{color:#7a0a0a}</style></head><body><main><h1>${w.heading}</h1><ul>${items}</ul><p>${w.back}</p></main></body></html>`
  return new Response(html, { headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8' }, status })
}
