import { awardForms } from '@/collections/Awards/options'
import { FilterForm } from '@/components/FilterForm'
import { SelectField } from '@/components/SelectField'
import { dictionary, type Locale } from '@/i18n'
import { pathsFor } from '@/lib/urls/sitePaths'
import type { Labels } from '../charts/build'

/** Resistance-era awards (plan II.3c) are on record too; the parser accepts 1945–2100. */
const FIRST_YEAR = 1945

/** A year typed in (a list of eighty years, twice, would outweigh the rest of the form). */
const YearField = ({ defaultValue, label, name }: { defaultValue?: string; label: string; name: string }) => (
  <div className="field">
    <label htmlFor={`loc-${name}`}>{label}</label>
    <input defaultValue={defaultValue} id={`loc-${name}`} inputMode="numeric" max={2100} min={FIRST_YEAR} name={name} placeholder={String(new Date().getFullYear())} type="number" />
  </div>
)

/** A plain GET form (works without JavaScript); the URL it makes is the page's canonical filter set. */
export const StatisticsFilterForm = ({ labels, locale, params }: { labels: Labels; locale: Locale; params: Record<string, string> }) => {
  const t = dictionary(locale)
  const slugged = (items: Labels['provinces']) => items.filter((i) => i.slug).map((i) => ({ label: i.name, value: i.slug ?? '' }))
  return (
    <FilterForm action={pathsFor(locale).statistics} label={t.statistics.filterLabel} locale={locale}>
      <YearField defaultValue={params['tu-nam']} label={t.statistics.fromYear} name="tu-nam" />
      <YearField defaultValue={params['den-nam']} label={t.statistics.toYear} name="den-nam" />
      <SelectField defaultValue={params['hinh-thuc']} label={t.awards.formFilter} locale={locale} name="hinh-thuc" options={awardForms.map((f) => ({ label: f.label[locale], value: f.value }))} />
      <SelectField defaultValue={params.tinh} label={t.common.province} locale={locale} name="tinh" options={slugged(labels.provinces)} />
      <SelectField defaultValue={params.nganh} label={t.common.sector} locale={locale} name="nganh" options={slugged(labels.sectors)} />
      <SelectField defaultValue={params['phong-trao']} label={t.awards.movementFilter} locale={locale} name="phong-trao" options={slugged(labels.movements)} />
    </FilterForm>
  )
}
