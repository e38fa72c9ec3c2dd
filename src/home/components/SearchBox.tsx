import type { Locale } from '@/i18n/locales'
import { pathsFor } from '@/lib/urls/sitePaths'
import { homeLabels } from '../labels'
import styles from '../home.module.css'

/** A plain GET form to the search page: it works before (and without) any JavaScript. */
export const SearchBox = ({ locale }: { locale: Locale }) => {
  const t = homeLabels(locale)
  return (
    <form action={pathsFor(locale).search} aria-label={t.searchName} className={styles.search} method="get" role="search">
      <div className={`field ${styles.searchField}`}>
        <label htmlFor="tim-kiem-trang-chu">{t.searchLabel}</label>
        <input autoComplete="off" enterKeyHint="search" id="tim-kiem-trang-chu" maxLength={200} name="q" type="search" />
      </div>
      <button type="submit">{t.searchSubmit}</button>
    </form>
  )
}
