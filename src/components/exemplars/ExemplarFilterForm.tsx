import { exemplarFlags, exemplarKinds, exemplarStages } from '../../collections/Exemplars/options'
import { type ExemplarFilters, FLAG_PARAM, invertedFlag, KIND_PARAM, STAGE_PARAM } from '../../lib/filters/exemplars'
import { invert } from '../../lib/filters/params'
import { sitePaths } from '../../lib/paths'
import { FilterForm } from '../site/FilterForm'
import { type Option, SelectField, yearOptions } from '../site/SelectField'

type Props = { filters: ExemplarFilters; provinces: Option[]; sectors: Option[] }

/** A plain GET form: works without JavaScript, and every filter lands in the URL. */
export const ExemplarFilterForm = ({ filters, provinces, sectors }: Props) => {
  const kindOptions = exemplarKinds.map((k) => ({ label: k.label.vi, value: invert(KIND_PARAM)[k.value as 'individual'] }))
  const stageOptions = exemplarStages.map((s) => ({ label: s.label.vi, value: invert(STAGE_PARAM)[s.value as 'discovered'] }))
  const selected = {
    'giai-doan': filters.stage ? invert(STAGE_PARAM)[filters.stage] : '',
    loai: filters.kind ? invert(KIND_PARAM)[filters.kind] : '',
    nam: filters.year ? String(filters.year) : '',
    nganh: filters.sector ?? '',
    tinh: filters.province ?? '',
  }
  const select = (name: keyof typeof selected, label: string, options: Option[]) => <SelectField defaultValue={selected[name]} label={label} name={name} options={options} />
  return (
    <FilterForm action={sitePaths.exemplars} label="Lọc gương điển hình">
      {select('tinh', 'Tỉnh, thành phố', provinces)}
      {select('nganh', 'Ngành, lĩnh vực', sectors)}
      {select('loai', 'Cá nhân / tập thể', kindOptions)}
      {select('giai-doan', 'Giai đoạn', stageOptions)}
      {select('nam', 'Năm biểu dương', yearOptions())}
      <fieldset className="field flags">
        <legend>Đối tượng ưu tiên</legend>
        {exemplarFlags.map((flag) => {
          const value = invertedFlag(flag.name)
          return (
            <label key={flag.name}>
              <input defaultChecked={filters.flags.includes(FLAG_PARAM[value as keyof typeof FLAG_PARAM])} name="doi-tuong" type="checkbox" value={value} /> {flag.label.vi}
            </label>
          )
        })}
      </fieldset>
    </FilterForm>
  )
}
