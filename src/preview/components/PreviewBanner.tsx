import { dictionary, type Locale } from '@/i18n'
import { previewContext } from '@/lib/queries/preview'
import { RefreshOnSave } from './RefreshOnSave.client'

/** Shown only in draft preview; readers never load the live-preview script. */
export const PreviewBanner = async ({ locale }: { locale: Locale }) => {
  const preview = await previewContext()
  if (!preview) return null
  const t = dictionary(locale).preview
  return (
    <div className="preview-banner" role="status">
      <div className="container">
        {t.notice} <strong>{t.draft}</strong> {t.onlyStaff} <a href="/preview/exit">{t.exit}</a>
      </div>
      <RefreshOnSave />
    </div>
  )
}
