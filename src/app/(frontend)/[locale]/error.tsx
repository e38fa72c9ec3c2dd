'use client'

import { useParams } from 'next/navigation'

/**
 * Kept inline rather than imported from the dictionaries: this boundary ships
 * to every page's JavaScript, and the whole dictionary would weigh on all of them.
 */
const TEXT = {
  en: { retry: 'Try again', text: 'Sorry, this page could not be shown. Please try again in a few minutes.', title: 'Something went wrong' },
  vi: { retry: 'Thử lại', text: 'Xin lỗi, trang chưa hiển thị được. Vui lòng thử lại sau ít phút.', title: 'Đã có lỗi xảy ra' },
}

const ErrorPage = ({ reset }: { error: Error; reset: () => void }) => {
  const { locale } = useParams<{ locale?: string }>()
  const t = locale === 'en' ? TEXT.en : TEXT.vi
  return (
    <div className="container section">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <button onClick={reset} type="button">
        {t.retry}
      </button>
    </div>
  )
}

export default ErrorPage
