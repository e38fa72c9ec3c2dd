import Link from 'next/link'

import { dictionary, type Locale } from '@/i18n'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import { JsonLd } from './JsonLd'
import { LanguageSwitch } from './LanguageSwitch'

export type Crumb = { href: string; label: string }

/**
 * Visible trail plus its BreadcrumbList JSON-LD, and the language switch for
 * the current page (the last crumb).
 */
export const Breadcrumbs = ({ items, locale }: { items: Crumb[]; locale: Locale }) => {
  const t = dictionary(locale)
  const trail = [{ href: pathsFor(locale).home, label: t.site.home }, ...items]
  return (
    <div className="page-top">
      <nav aria-label={t.common.breadcrumbs} className="breadcrumbs">
        <ol>
          {trail.map((crumb, i) => (
            <li key={crumb.href}>{i === trail.length - 1 ? <span aria-current="page">{crumb.label}</span> : <Link href={crumb.href}>{crumb.label}</Link>}</li>
          ))}
        </ol>
      </nav>
      <LanguageSwitch locale={locale} path={trail[trail.length - 1].href} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', item: `${siteUrl()}${crumb.href}`, name: crumb.label, position: i + 1 })),
        }}
      />
    </div>
  )
}
