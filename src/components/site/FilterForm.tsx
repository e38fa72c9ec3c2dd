import type React from 'react'

/** A plain GET filter form (works without JavaScript) with its submit and reset actions. */
export const FilterForm = ({ action, children, label }: { action: string; children: React.ReactNode; label: string }) => (
  <form action={action} aria-label={label} className="filters" method="get">
    {children}
    <div className="actions">
      <button type="submit">Lọc</button> <a href={action}>Bỏ lọc</a>
    </div>
  </form>
)
