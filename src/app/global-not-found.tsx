import './(frontend)/styles.css'
import type { Metadata } from 'next'

import { NotFoundMessage } from '@/components/NotFoundMessage'

export const metadata: Metadata = { robots: { index: false }, title: 'Không tìm thấy trang / Page not found – Thi đua' }

/**
 * Any URL no route matches (after the /vi rewrite) is rendered here, on the
 * server, in both languages: there are no route params to tell which.
 */
const GlobalNotFound = () => (
  <html lang="vi">
    <body>
      <header className="site-header">
        <div className="container">
          <a className="brand" href="/">
            Thi đua
          </a>
        </div>
      </header>
      <main className="container section" id="noi-dung">
        <NotFoundMessage />
      </main>
    </body>
  </html>
)

export default GlobalNotFound
