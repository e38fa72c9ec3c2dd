import './fonts.css'
import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type React from 'react'

import { PreviewBanner } from '../../components/preview/PreviewBanner'
import { sitePaths } from '../../lib/paths'
import './styles.css'

const NAV = [
  { href: sitePaths.exemplars, label: 'Gương điển hình' },
  { href: sitePaths.movements, label: 'Phong trào' },
  { href: sitePaths.awards, label: 'Khen thưởng' },
  { href: sitePaths.columns, label: 'Chuyên mục' },
  { href: sitePaths.courses, label: 'Đào tạo' },
  { href: sitePaths.documents, label: 'Văn bản' },
  { href: sitePaths.search, label: 'Tìm kiếm' },
]

export const metadata: Metadata = {
  description: 'Gương điển hình tiên tiến, phong trào thi đua yêu nước, khen thưởng và tài liệu đào tạo về công tác thi đua, khen thưởng.',
  metadataBase: new URL(process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000'),
  openGraph: { locale: 'vi_VN', siteName: 'Thi đua', type: 'website' },
  twitter: { card: 'summary_large_image' },
  title: { default: 'Thi đua – Cổng thông tin thi đua, khen thưởng', template: '%s – Thi đua' },
}

export const viewport: Viewport = { themeColor: '#a50e0e', width: 'device-width' }

const RootLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="vi">
    <body>
      <a className="skip-link" href="#noi-dung">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="site-header">
        <div className="container">
          <Link className="brand" href="/">
            Thi đua
          </Link>
          <nav aria-label="Chuyên mục chính" className="site-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <PreviewBanner />
      <main id="noi-dung">{children}</main>
      <footer className="site-footer">
        <div className="container">
          <p>Nội dung mẫu do dự án Thi đua biên soạn. Mã nguồn mở.</p>
        </div>
      </footer>
    </body>
  </html>
)

export default RootLayout
