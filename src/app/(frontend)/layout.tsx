import '@fontsource/be-vietnam-pro/400.css'
import '@fontsource/be-vietnam-pro/600.css'
import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type React from 'react'

import './styles.css'

export const metadata: Metadata = {
  description: 'Gương điển hình tiên tiến, phong trào thi đua yêu nước, khen thưởng và tài liệu đào tạo về công tác thi đua, khen thưởng.',
  metadataBase: new URL(process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000'),
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
          <span className="brand-tagline">Thi đua là yêu nước, yêu nước thì phải thi đua</span>
        </div>
      </header>
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
