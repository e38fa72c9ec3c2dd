import { exemplarFlags, exemplarKinds, exemplarStages } from '@/collections/Exemplars/options'
import { type ExemplarFilters, FLAG_PARAM, invertedFlag, KIND_PARAM, STAGE_PARAM } from '../filters'
import { invert } from '@/lib/filters/params'
import { dictionary, type Locale } from '@/i18n'
import { pathsFor } from '@/lib/urls/sitePaths'
import { FilterForm } from '@/components/FilterForm'
import { type Option, SelectField, yearOptions } from '@/components/SelectField'

type Props = { filters: ExemplarFilters; locale: Locale; provinces: Option[]; sectors: Option[] }

/** A plain GET form: works without JavaScript, and every filter lands in the URL. */
export const ExemplarFilterForm = ({ filters, locale, provinces, sectors }: Props) => {
  const t = dictionary(locale)
  const kindOptions = exemplarKinds.map((k) => ({ label: k.label[locale], value: invert(KIND_PARAM)[k.value as 'individual'] }))
  const stageOptions = exemplarStages.map((s) => ({ label: s.label[locale], value: invert(STAGE_PARAM)[s.value as 'discovered'] }))
  const selected = {
    'giai-doan': filters.stage ? invert(STAGE_PARAM)[filters.stage] : '',
    loai: filters.kind ? invert(KIND_PARAM)[filters.kind] : '',
    nam: filters.year ? String(filters.year) : '',
    nganh: filters.sector ?? '',
    tinh: filters.province ?? '',
  }
  const select = (name: keyof typeof selected, label: string, options: Option[]) => <SelectField defaultValue={selected[name]} label={label} locale={locale} name={name} options={options} />
  return (
    <FilterForm action={pathsFor(locale).exemplars} label={t.exemplars.filterLabel} locale={locale}>
      {select('tinh', t.common.province, provinces)}
      {select('nganh', t.common.sector, sectors)}
      {select('loai', t.exemplars.kindFilter, kindOptions)}
      {select('giai-doan', t.exemplars.stageFilter, stageOptions)}
      {select('nam', t.exemplars.yearFilter, yearOptions())}
      <fieldset className="field flags">
        <legend>{t.exemplars.flags}</legend>
        {exemplarFlags.map((flag) => {
          const value = invertedFlag(flag.name)
          return (
            <label key={flag.name}>
              <input defaultChecked={filters.flags.includes(FLAG_PARAM[value as keyof typeof FLAG_PARAM])} name="doi-tuong" type="checkbox" value={value} /> {flag.label[locale]}
            </label>
          )
        })}
      </fieldset>
    </FilterForm>
  )
}
