import { dictionary, type Locale } from '@/i18n'
import { pathsFor } from '@/lib/urls/sitePaths'

/** Searches procedures through the site search, the procedures type chosen (works without JavaScript). */
export const ProcedureSearchBox = ({ locale }: { locale: Locale }) => {
  const t = dictionary(locale).procedures
  return (
    <form action={pathsFor(locale).search} aria-label={t.search} className="filters procedure-search" method="get" role="search">
      <div className="field">
        <label htmlFor="thu-tuc-q">{t.searchLabel}</label>
        <input id="thu-tuc-q" maxLength={200} name="q" required type="search" />
      </div>
      <input name="loai" type="hidden" value="procedures" />
      <div className="actions">
        <button type="submit">{t.search}</button>
      </div>
    </form>
  )
}
