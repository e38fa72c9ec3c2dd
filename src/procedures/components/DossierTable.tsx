import { FileLink } from '@/components/FileLink'
import { dictionary, type Locale } from '@/i18n'
import type { DossierRow } from '../present'

/** The dossier's papers, numbered, each with its form to download (type and size said before the click). */
export const DossierTable = ({ lang, locale, rows }: { lang?: Locale; locale: Locale; rows: DossierRow[] }) => {
  const t = dictionary(locale).procedures
  return (
    <div className="table-scroll">
      <table className="dossier-table">
        <caption className="visually-hidden">{t.dossierCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.dossierNumber}</th>
            <th scope="col">{t.dossierName}</th>
            <th scope="col">{t.dossierForm}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key}>
              <td>{i + 1}</td>
              <td lang={lang}>{row.name}</td>
              <td lang={row.file ? lang : undefined}>{row.file ? <FileLink file={row.file} locale={locale} /> : <span className="meta">{t.noForm}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
