import type React from 'react'

import styles from '../home.module.css'

/**
 * Links here are plain anchors, not next/link: the pages they open are
 * prerendered, so a full load is quick, and the front page saves hydrating
 * and prefetching some thirty links on a phone (Total Blocking Time).
 *
 * One titled block of the front page (h2), its items (h3 each) or a note
 * when it has none, and a link to the full list.
 */
export const HomeSection = ({ children, count, empty, heading, id, more }: { children: React.ReactNode; count: number; empty?: string; heading: string; id: string; more?: { href: string; label: string } }) => (
  <section aria-labelledby={id} className="section">
    <h2 id={id}>{heading}</h2>
    {count ? <ul className="list">{children}</ul> : <p className="empty">{empty}</p>}
    {more ? (
      <p className={styles.more}>
        <a href={more.href}>{more.label}</a>
      </p>
    ) : null}
  </section>
)

/** One item: its title as an h3 link, then its details. */
export const HomeItem = ({ children, href, title }: { children?: React.ReactNode; href: string; title: string }) => (
  <li className={styles.item}>
    <h3>
      <a href={href}>{title}</a>
    </h3>
    {children}
  </li>
)
