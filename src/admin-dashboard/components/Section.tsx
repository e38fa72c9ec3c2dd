import type { ReactNode } from 'react'

type Props = {
  children?: ReactNode
  empty: string
  headingId: string
  isEmpty: boolean
  title: string
}

/** A titled block of the dashboard; says so plainly when there is nothing to do. */
export const Section = ({ children, empty, headingId, isEmpty, title }: Props) => (
  <section aria-labelledby={headingId} style={{ marginBottom: 'calc(var(--base) * 2)' }}>
    <h2 id={headingId} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
      {title}
    </h2>
    {isEmpty ? <p>{empty}</p> : children}
  </section>
)
