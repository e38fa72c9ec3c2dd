import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { ColumnLicence } from '../components/ColumnLicence'
import { EmbedPanel } from '@/embed/components/EmbedPanel'
import { Figure } from '@/components/Figure'
import { JsonLd } from '@/components/JsonLd'
import { MediaKit } from '@/components/MediaKit'
import { contentLang, UntranslatedNote } from '@/components/LanguageSwitch'
import { RichText } from '@/components/RichText'
import { ShareLinks } from '@/components/ShareLinks'
import { dictionary, localeOf } from '@/i18n'
import { oembedLinkFor } from '@/embed/paths'
import { feedLinksFor } from '@/feeds/links'
import { alternatesFor } from '@/lib/seo/alternates'
import { formatDate } from '@/lib/dates/format'
import { pathsFor, sitePaths, siteUrl } from '@/lib/urls/sitePaths'
import { getArticle } from '../queries'
import { getSiteSettings } from '@/lib/queries/settings'
import { isTranslated } from '@/lib/queries/translation'
import type { Exemplar, Movement } from '@/payload-types'

type Props = { params: Promise<{ article: string; column: string; locale: string }> }

export const articleMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { article: slug, column } = await params
  const locale = await localeOf(params)
  const found = await getArticle(column, slug, locale)
  if (!found) return { title: dictionary(locale).common.notFoundTitle }
  const { article } = found
  return {
    alternates: alternatesFor(locale, sitePaths.article(column, slug), { links: [...feedLinksFor({ name: `chuyen-muc/${column}`, title: found.column.name }), oembedLinkFor({ locale, path: sitePaths.article(column, slug), title: article.title })] }),
    description: article.meta?.description ?? article.summary ?? undefined,
    openGraph: { publishedTime: article.publishedAt ?? undefined, type: 'article' },
    title: article.meta?.title ?? article.title,
  }
}

export const ArticlePage = async ({ params }: Props) => {
  const { article: slug, column: columnSlug } = await params
  const locale = await localeOf(params)
  const found = await getArticle(columnSlug, slug, locale)
  if (!found) notFound()
  const { article, column } = found
  const [translated, settings] = await Promise.all([isTranslated({ collection: 'articles', id: article.id, locale }), getSiteSettings(locale)])
  const t = dictionary(locale).columns
  const paths = pathsFor(locale)
  const lang = contentLang(locale, translated)
  const exemplars = (article.relatedExemplars ?? []).filter((e): e is Exemplar => typeof e === 'object')
  const movements = (article.relatedMovements ?? []).filter((m): m is Movement => typeof m === 'object')
  const path = paths.article(columnSlug, slug)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.columns, label: t.title }, { href: paths.column(columnSlug), label: column.name }, { href: path, label: article.title }]} locale={locale} />
      <article>
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'NewsArticle',
            articleSection: column.name,
            author: { '@type': 'Person', name: article.byline ?? t.editorialBoard },
            dateModified: article.updatedAt,
            datePublished: article.publishedAt ?? article.createdAt,
            description: article.summary ?? undefined,
            headline: article.title,
            inLanguage: lang ?? locale,
            mainEntityOfPage: `${siteUrl()}${path}`,
          }}
        />
        <UntranslatedNote locale={locale} translated={translated} />
        <h1 lang={lang}>{article.title}</h1>
        <p className="meta">
          {formatDate(article.publishedAt)}
          {article.byline ? ` · ${article.byline}` : ''} · <Link href={paths.column(columnSlug)}>{column.name}</Link>
        </p>
        {article.summary ? <p className="lead" lang={lang}>{article.summary}</p> : null}
        <ShareLinks locale={locale} path={path} title={article.title} />
        <Figure image={article.cover} locale={locale} priority />
        <RichText data={article.body} lang={lang} locale={locale} />
        {article.tags?.length ? (
          <ul aria-label={t.tags} className="tags">
            {article.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        ) : null}
        {exemplars.length || movements.length ? (
          <section aria-labelledby="lien-quan">
            <h2 id="lien-quan">{t.relatedHeading}</h2>
            <ul className="list">
              {exemplars.map((e) => (
                <li key={`e-${e.id}`}>
                  {t.relatedExemplar} <Link href={paths.exemplar(e.slug ?? '')}>{e.name}</Link>
                </li>
              ))}
              {movements.map((m) => (
                <li key={`m-${m.id}`}>
                  {t.relatedMovement} <Link href={paths.movement(m.slug ?? '')}>{m.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ColumnLicence column={column} locale={locale} />
        <EmbedPanel locale={locale} path={path} title={article.title} />
        <MediaKit date={article.publishedAt} defaultLicence={settings.defaultImageLicence} images={[article.cover]} locale={locale} path={path} publisher={settings.siteName} title={article.title} />
      </article>
    </div>
  )
}

