import Link from 'next/link'

import { siteUrl } from '../../lib/paths'
import { JsonLd } from './JsonLd'

export type Crumb = { href: string; label: string }

/** Visible trail plus its BreadcrumbList JSON-LD. The last crumb is the current page. */
export const Breadcrumbs = ({ items }: { items: Crumb[] }) => {
  const trail = [{ href: '/', label: 'Trang chủ' }, ...items]
  return (
    <>
      <nav aria-label="Đường dẫn" className="breadcrumbs">
        <ol>
          {trail.map((crumb, i) => (
            <li key={crumb.href}>{i === trail.length - 1 ? <span aria-current="page">{crumb.label}</span> : <Link href={crumb.href}>{crumb.label}</Link>}</li>
          ))}
        </ol>
      </nav>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', item: `${siteUrl()}${crumb.href}`, name: crumb.label, position: i + 1 })),
        }}
      />
    </>
  )
}
