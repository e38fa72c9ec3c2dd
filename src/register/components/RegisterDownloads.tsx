import { dictionary, type Locale } from '@/i18n'
import { REGISTER_MAX_ROWS } from '../downloads/query'
import { REGISTER_LICENCE } from '../downloads/rows'

/** Open-data links for the filters on screen, with the licence readers must know before reusing the data. */
export const RegisterDownloads = ({ basePath, locale, params }: { basePath: string; locale: Locale; params: Record<string, string> }) => {
  const t = dictionary(locale).awards
  const query = new URLSearchParams(params).toString()
  const href = (format: 'csv' | 'json') => `${basePath}/du-lieu.${format}${query ? `?${query}` : ''}`
  return (
    <div className="meta">
      <p>
        {t.download} <a download href={href('csv')}>{t.downloadCsv}</a> · <a download href={href('json')}>{t.downloadJson}</a> ({t.downloadLimit(REGISTER_MAX_ROWS)})
      </p>
      <p>
        <a href={REGISTER_LICENCE.url} rel="license">{t.licence}</a>
      </p>
    </div>
  )
}
