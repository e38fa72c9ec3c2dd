import type React from 'react'

import { dictionary, type Locale } from '@/i18n'

/** A plain GET filter form (works without JavaScript) with its submit and reset actions. */
export const FilterForm = ({ action, children, label, locale }: { action: string; children: React.ReactNode; label: string; locale: Locale }) => (
  <form action={action} aria-label={label} className="filters" method="get">
    {children}
    <div className="actions">
      <button type="submit">{dictionary(locale).common.filter}</button> <a href={action}>{dictionary(locale).common.resetFilters}</a>
    </div>
  </form>
)
