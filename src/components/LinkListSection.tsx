import Link from 'next/link'
import type { ReactNode } from 'react'

export type LinkItem = { href: string; key: number | string; label: ReactNode; meta?: ReactNode }

/** A titled section of links (an exemplar's awards, a movement's news…), with what follows each link; nothing at all when empty. */
export const LinkListSection = ({ id, items, title }: { id: string; items: LinkItem[]; title: string }) =>
  items.length ? (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="list">
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href}>{item.label}</Link>
            {item.meta}
          </li>
        ))}
      </ul>
    </section>
  ) : null
