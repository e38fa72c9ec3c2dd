import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '../../../components/site/Breadcrumbs'
import { Figure } from '../../../components/site/Figure'
import { sitePaths } from '../../../lib/paths'
import { listColumns } from '../../../lib/queries/columns'

export const metadata: Metadata = {
  alternates: { canonical: sitePaths.columns },
  description: 'Các chuyên mục tuyên truyền phong trào thi đua và gương điển hình, để đọc và đăng lại.',
  title: 'Chuyên mục',
}

const ColumnsPage = async () => {
  const columns = await listColumns()
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.columns, label: 'Chuyên mục' }]} />
      <h1>Chuyên mục</h1>
      <ul className="cards">
        {columns.map((c) => (
          <li className="card" key={c.id}>
            <Figure image={c.cover} size="card" />
            <div className="card-body">
              <h2 className="h3">
                <Link href={sitePaths.column(c.slug ?? '')}>{c.name}</Link>
              </h2>
              <p>{c.description}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

export default ColumnsPage
