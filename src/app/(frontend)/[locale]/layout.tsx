import '../fonts.css'
import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type React from 'react'

import { PreviewBanner } from '@/preview/components/PreviewBanner'
import { dictionary, isLocale, LOCALES, localeOf, OG_LOCALE } from '@/i18n'
import { pathsFor } from '@/lib/urls/sitePaths'
import '../styles.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

/**
 * One root layout per language: Vietnamese pages are served at / (next.config
 * rewrites them to /vi internally), English ones under /en.
 */
export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }))

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = dictionary(locale).site
  return {
    description: t.description,
    metadataBase: new URL(process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000'),
    openGraph: { alternateLocale: LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALE[l]), locale: OG_LOCALE[locale], siteName: t.brand, type: 'website' },
    twitter: { card: 'summary_large_image' },
    title: { default: t.title, template: t.titleTemplate },
  }
}

export const viewport: Viewport = { themeColor: '#a50e0e', width: 'device-width' }

const RootLayout = async ({ children, params }: Props) => {
  // Only reachable with another value by a path no rewrite covers (not `dynamicParams = false`:
  // that would also turn every page rendered on demand into a 404).
  if (!isLocale((await params).locale)) notFound()
  const locale = await localeOf(params)
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const nav = [
    { href: paths.exemplars, label: t.nav.exemplars },
    { href: paths.movements, label: t.nav.movements },
    { href: paths.awards, label: t.nav.awards },
    { href: paths.consultations, label: t.nav.consultations },
    { href: paths.columns, label: t.nav.columns },
    { href: paths.courses, label: t.nav.courses },
    { href: paths.documents, label: t.nav.documents },
    { href: paths.search, label: t.nav.search },
  ]
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#noi-dung">
          {t.site.skipLink}
        </a>
        <header className="site-header">
          <div className="container">
            <Link className="brand" href={paths.home} lang="vi">
              {t.site.brand}
            </Link>
            <nav aria-label={t.site.mainNav} className="site-nav">
              <ul>
                {nav.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href}>{item.label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <PreviewBanner locale={locale} />
        <main id="noi-dung">{children}</main>
        <footer className="site-footer">
          <div className="container">
            <p>
              {t.site.footer} <Link href={paths.partners}>{t.site.partners}</Link>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}

export default RootLayout
