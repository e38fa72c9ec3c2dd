import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { PreviewBanner } from '@/preview/components/PreviewBanner'
import { dictionary, isLocale, LOCALES, localeOf, OG_LOCALE } from '@/i18n'
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
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#noi-dung">
          {t.site.skipLink}
        </a>
        <SiteHeader locale={locale} />
        <PreviewBanner locale={locale} />
        <main id="noi-dung">{children}</main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}

export default RootLayout
