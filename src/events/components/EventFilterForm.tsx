import { eventKinds } from '@/collections/Events/options'
import { FilterForm } from '@/components/FilterForm'
import { type Option, SelectField } from '@/components/SelectField'
import { dictionary, type Locale } from '@/i18n'
import { pathsFor } from '@/lib/urls/sitePaths'
import { type EventFilters, kindParam } from '../filters'
import { vietnamParts } from '../time'
import { eventWords } from '../words'

/** Events are announced ahead: the years run from the first on record to two years from now. */
const eventYears = (now: Date): Option[] => {
  const last = vietnamParts(now).year + 2
  return Array.from({ length: last - 2020 + 1 }, (_, i) => String(last - i)).map((y) => ({ label: y, value: y }))
}

type Props = { filters: EventFilters; locale: Locale; now: Date; provinces: Option[] }

/** A plain GET form (works without JavaScript); a movement or exemplar the listing is narrowed to rides along hidden. */
export const EventFilterForm = ({ filters, locale, now, provinces }: Props) => {
  const w = eventWords(locale)
  const kinds = eventKinds.map((k) => ({ label: k.label[locale], value: kindParam(k.value) }))
  return (
    <FilterForm action={pathsFor(locale).events} label={w.filterLabel} locale={locale}>
      <SelectField defaultValue={filters.kind ? kindParam(filters.kind) : ''} label={w.kind} locale={locale} name="loai" options={kinds} />
      <SelectField defaultValue={filters.province ?? ''} label={dictionary(locale).common.province} locale={locale} name="tinh" options={provinces} />
      <SelectField defaultValue={filters.year ? String(filters.year) : ''} label={w.yearFilter} locale={locale} name="nam" options={eventYears(now)} />
      {filters.movement ? <input name="phong-trao" type="hidden" value={filters.movement} /> : null}
      {filters.exemplar ? <input name="dien-hinh" type="hidden" value={filters.exemplar} /> : null}
    </FilterForm>
  )
}
