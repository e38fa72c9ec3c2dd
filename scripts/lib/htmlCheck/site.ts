/** Reads a running site's pages (cached per path) and finds links in them, to reach one real document of each type. */
export type Site = {
  baseUrl: string
  /** The HTML of a path (fetched once), with its status. */
  get: (path: string) => Promise<{ html: string; status: number }>
  /** The first captured link on `path` that matches `pattern` (its group 1); throws when there is none. */
  firstLink: (path: string, pattern: RegExp) => Promise<string>
  /** The first non-empty `<option value>` of the `<select name=…>` on `path`, to build a filtered listing. */
  firstOption: (path: string, name: string) => Promise<string>
}

const decodeEntities = (value: string): string => value.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"')

export const openSite = (baseUrl: string): Site => {
  const pages = new Map<string, Promise<{ html: string; status: number }>>()
  const get = (path: string) => {
    let page = pages.get(path)
    if (!page) {
      page = fetch(`${baseUrl}${path}`, { redirect: 'follow' }).then(async (res) => ({ html: await res.text(), status: res.status }))
      pages.set(path, page)
    }
    return page
  }
  const firstLink = async (path: string, pattern: RegExp) => {
    const found = (await get(path)).html.match(pattern)?.[1]
    if (!found) throw new Error(`no link matching ${pattern} on ${path}`)
    return decodeEntities(found)
  }
  const firstOption = async (path: string, name: string) => {
    const { html } = await get(path)
    const select = html.match(new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`))?.[1] ?? ''
    const value = select.match(/<option[^>]*value="([^"]+)"/)?.[1]
    if (!value) throw new Error(`no option in <select name="${name}"> on ${path}`)
    return decodeEntities(value)
  }
  return { baseUrl, firstLink, firstOption, get }
}

/** A link to a document under `section` (`/guong-dien-hinh/<slug>`), not a filter or sub-route. */
export const detailLink = (section: string): RegExp => new RegExp(`href="(${section}/[a-z0-9-]+)"`)

/** A link two levels under `section` (`/chuyen-muc/<column>/<article>`). */
export const nestedLink = (section: string): RegExp => new RegExp(`href="(${section}/[a-z0-9-]+/[a-z0-9-]+)"`)
