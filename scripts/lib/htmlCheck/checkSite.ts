import { discoverPages, type PageToCheck, type PageType } from './pages'
import { checkHtml, type VnuMessage } from './vnu'

export type CheckedPage = PageToCheck & { got: number; url: string }

/**
 * Finds one page per type on the site at `baseUrl`, fetches each (as a
 * reader's browser would, following redirects) and runs the Nu HTML Checker
 * once over all of them. Messages carry the page's URL.
 */
export const checkSite = async (baseUrl: string, types?: readonly PageType[]): Promise<{ messages: VnuMessage[]; pages: CheckedPage[] }> => {
  const found = await discoverPages(baseUrl, types)
  const fetched = await Promise.all(
    found.map(async (page) => {
      if (page.missing) return { html: '', page: { ...page, got: 0, url: '' } }
      const url = `${baseUrl}${page.path}`
      const res = await fetch(url, { headers: { 'accept-language': 'vi' } })
      return { html: await res.text(), page: { ...page, got: res.status, url } }
    }),
  )
  const checked = fetched.filter(({ page }) => !page.missing)
  const messages = checked.length > 0 ? await checkHtml(checked.map(({ html, page }) => ({ html, label: page.url }))) : []
  return { messages, pages: fetched.map(({ page }) => page) }
}
