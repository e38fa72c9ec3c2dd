import { dictionary, type Locale } from '@/i18n'
import { pathsFor } from '@/lib/urls/sitePaths'
import { REGISTER_LICENCE } from '@/register/downloads/rows'
import { PrintButton } from '@/training/components/PrintButton.client'
import type { StatisticsFilters } from '../filters'
import { queryString } from '../filters'
import { statisticsDownloadPath } from '../paths'

/** The register shows one year at a time: it can list the same decisions when the range is one year or none. */
const registerParams = (f: StatisticsFilters): null | Record<string, string> => {
  if (f.from !== f.to && (f.from !== undefined || f.to !== undefined)) return null
  const params: Record<string, string> = {}
  if (f.from !== undefined) params.nam = String(f.from)
  if (f.form) params['hinh-thuc'] = f.form
  if (f.province) params.tinh = f.province
  if (f.sector) params.nganh = f.sector
  if (f.movement) params['phong-trao'] = f.movement
  return params
}

/** Downloads of the same selection, printing, and the decisions behind the figures. */
export const StatisticsTools = ({ filters, locale, params }: { filters: StatisticsFilters; locale: Locale; params: Record<string, string> }) => {
  const t = dictionary(locale)
  const register = registerParams(filters)
  return (
    <div className="stats-tools meta">
      <p>
        {t.statistics.download}{' '}
        <a download href={statisticsDownloadPath({ format: 'csv', locale, params })}>
          {t.statistics.downloadCsv}
        </a>{' '}
        ·{' '}
        <a download href={statisticsDownloadPath({ format: 'xlsx', locale, params })}>
          {t.statistics.downloadXlsx}
        </a>
        . <a href={REGISTER_LICENCE.url} rel="license">{t.awards.licence}</a>
      </p>
      <p className="stats-actions">
        <PrintButton label={t.statistics.print} />
        {register ? <a href={`${pathsFor(locale).awards}${queryString(register)}`}>{t.statistics.toRegister}</a> : null}
      </p>
    </div>
  )
}
