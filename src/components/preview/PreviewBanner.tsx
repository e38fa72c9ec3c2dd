import { siteUrl } from '../../lib/paths'
import { previewContext } from '../../lib/queries/preview'
import { RefreshOnSave } from './RefreshOnSave.client'

/** Shown only in draft preview; readers never load the live-preview script. */
export const PreviewBanner = async () => {
  const preview = await previewContext()
  if (!preview) return null
  return (
    <div className="preview-banner" role="status">
      <div className="container">
        Bạn đang xem <strong>bản nháp</strong> (chỉ người quản trị nhìn thấy). <a href="/preview/exit">Thoát xem trước</a>
      </div>
      <RefreshOnSave serverURL={siteUrl()} />
    </div>
  )
}
