import type { Locale } from '@/i18n/locales'
import { iframeSnippet, scriptSnippet } from '@/embed/snippets'
import { siteUrl } from '@/lib/urls/sitePaths'
import { embedPathFor } from '@/embed/paths'
import { type FeedName, feedPath } from '@/feeds/paths'
import { DEFAULT_REQUESTS_PER_MINUTE } from '@/collections/Users/options'
import { CodeBlock } from '@/components/CodeBlock'
import { GUIDE_TEXT } from './guideText'

type Column = { name: string; slug?: string | null }

const FORMATS = [
  ['rss', 'RSS 2.0'],
  ['atom', 'Atom'],
  ['json', 'JSON Feed 1.1'],
] as const

/** How media organizations embed, syndicate and query our content, with working examples. */
export const PartnerGuide = ({ columns, locale }: { columns: Column[]; locale: Locale }) => {
  const t = GUIDE_TEXT[locale]
  const origin = siteUrl()
  const example = columns[0]?.slug ?? 'guong-sang-quanh-ta'
  const columnPath = `/chuyen-muc/${example}`
  const feeds: [string, FeedName][] = [
    [t.feedNames.all, 'bai-viet'],
    ...columns.map((c): [string, FeedName] => [c.name, `chuyen-muc/${c.slug ?? ''}`]),
    [t.feedNames.exemplars, 'guong-dien-hinh'],
    [t.feedNames.movements, 'phong-trao'],
    [t.feedNames.events, 'su-kien'],
    [t.feedNames.consultations, 'lay-y-kien'],
  ]
  const curl = `curl -H "Authorization: users API-Key $THIDUA_KEY" \\\n  "${origin}/api/articles?limit=10&depth=1&where[column.slug][equals]=${example}"`
  const graphql = `curl -H "Authorization: users API-Key $THIDUA_KEY" -H "Content-Type: application/json" \\\n  -d '{"query":"{ Exemplars(limit: 5) { docs { name summary slug } } }"}' \\\n  ${origin}/api/graphql`
  const sdk = `import { PayloadSDK } from '@payloadcms/sdk'\n\nconst sdk = new PayloadSDK({\n  baseURL: '${origin}/api',\n  baseInit: { headers: { Authorization: \`users API-Key \${process.env.THIDUA_KEY}\` } },\n})\n\nconst { docs } = await sdk.find({ collection: 'exemplars', depth: 0, limit: 10, sort: '-updatedAt' })`
  return (
    <>
      <p className="lead">{t.intro}</p>
      <section aria-labelledby="nhung">
        <h2 id="nhung">{t.headings.embed}</h2>
        <p>{t.embedIntro}</p>
        <CodeBlock code={scriptSnippet({ embedUrl: `${origin}${embedPathFor(columnPath)}`, origin, pageUrl: `${origin}${columnPath}`, title: columns[0]?.name ?? example })} label="script" />
        <CodeBlock code={iframeSnippet({ embedUrl: `${origin}${embedPathFor(columnPath)}?n=5`, title: columns[0]?.name ?? example })} label="iframe" />
        <p>{t.embedOembed}</p>
      </section>
      <section aria-labelledby="nguon-tin">
        <h2 id="nguon-tin">{t.headings.feeds}</h2>
        <p>{t.feedsIntro}</p>
        <ul className="list">
          {feeds.map(([label, name]) => (
            <li key={name}>
              {label}:{' '}
              {FORMATS.map(([format, formatLabel], i) => (
                <span key={format}>
                  {i ? ' · ' : ''}
                  <a href={feedPath(name, format)}>{formatLabel}</a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="api">
        <h2 id="api">{t.headings.api}</h2>
        <p>{t.apiIntro}</p>
        <p>{t.apiKey}</p>
        <p>{t.limits(DEFAULT_REQUESTS_PER_MINUTE)}</p>
        <CodeBlock code={curl} label="curl (REST)" />
        <CodeBlock code={graphql} label="curl (GraphQL)" />
        <CodeBlock code={sdk} label="@payloadcms/sdk" />
      </section>
      <section aria-labelledby="giay-phep">
        <h2 id="giay-phep">{t.headings.licence}</h2>
        <ul>
          {t.licence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  )
}
