import Link from 'next/link'

import { dictionary, type Locale } from '@/i18n'
import { pathsFor } from '@/lib/urls/sitePaths'

export const SiteFooter = ({ locale }: { locale: Locale }) => {
  const t = dictionary(locale)
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          {t.site.footer} <Link href={pathsFor(locale).partners}>{t.site.partners}</Link>
        </p>
      </div>
    </footer>
  )
}
