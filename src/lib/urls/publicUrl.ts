/**
 * The site's public origin for absolute links (feeds, oEmbed, embeds,
 * canonical and hreflang links, the sitemap, Open Graph), fixed when the
 * site is built. Unset, it follows the port `npm start` serves on, so
 * `PORT=3999 npm start` links to localhost:3999 rather than to a dead :3000.
 */
/** Whether the site is served over https: HSTS, upgrade-insecure-requests and Secure cookies depend on it. */
export const servedOverHttps = (publicUrl = process.env.NEXT_PUBLIC_SERVER_URL ?? ''): boolean => publicUrl.startsWith('https://')

export const resolvePublicUrl = ({ port = '3000', value }: { port?: string; value?: string }): string => {
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65_535) {
    throw new Error(`PORT must be a port number from 1 to 65535; got "${port.slice(0, 20)}". Unset it (3000) or fix the value.`)
  }
  if (!value) return `http://localhost:${port}`
  const refuse = (why: string): never => {
    throw new Error(
      `NEXT_PUBLIC_SERVER_URL must be the site's public origin, such as https://thidua.example.vn (http or https; no path, query, user or password): ${why}. Unset it (links then use http://localhost:${port}) or fix the value.`,
    )
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return refuse('it is not a URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') refuse(`the scheme is ${url.protocol.slice(0, 20)}`)
  if (url.username || url.password) refuse('it carries a user or password')
  if (url.pathname !== '/' || url.search || url.hash) refuse(`it has more than an origin (${url.origin} is allowed)`)
  return url.origin
}
