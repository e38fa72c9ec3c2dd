import Link from 'next/link'

import { dictionary, type Locale } from '@/i18n'
import { pathsFor } from '@/lib/urls/sitePaths'

/** The brand and the main navigation, on every page of the site. */
export const SiteHeader = ({ locale }: { locale: Locale }) => {
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const nav = [
    { href: paths.exemplars, label: t.nav.exemplars },
    { href: paths.movements, label: t.nav.movements },
    { href: paths.clusters, label: t.nav.clusters },
    { href: paths.awards, label: t.nav.awards },
    { href: paths.events, label: t.nav.events },
    { href: paths.statistics, label: t.nav.statistics },
    { href: paths.consultations, label: t.nav.consultations },
    { href: paths.columns, label: t.nav.columns },
    { href: paths.courses, label: t.nav.courses },
    { href: paths.documents, label: t.nav.documents },
    { href: paths.procedures, label: t.nav.procedures },
    { href: paths.search, label: t.nav.search },
  ]
  return (
    <header className="site-header">
      <div className="container">
        <Link className="brand" href={paths.home} lang="vi">
          {t.site.brand}
        </Link>
        <nav aria-label={t.site.mainNav} className="site-nav">
          <ul>
            {/* Not prefetched: twelve links on every page, all in view on a phone, made 24
                background requests per page view; a section's page is prerendered and
                comes quickly on click. */}
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
