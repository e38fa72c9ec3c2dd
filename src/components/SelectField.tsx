import { dictionary, type Locale } from '@/i18n'

export type Option = { label: string; value: string }

/** A labelled <select> whose first choice clears the filter. */
export const SelectField = ({ defaultValue, label, locale, name, options }: { defaultValue?: string; label: string; locale: Locale; name: string; options: Option[] }) => (
  <div className="field">
    <label htmlFor={`loc-${name}`}>{label}</label>
    <select defaultValue={defaultValue ?? ''} id={`loc-${name}`} name={name}>
      <option value="">{dictionary(locale).common.all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  </div>
)

/** Years from now back to `from`, newest first. */
export const yearOptions = (from = 2010): Option[] =>
  Array.from({ length: new Date().getFullYear() - from + 1 }, (_, i) => String(new Date().getFullYear() - i)).map((y) => ({ label: y, value: y }))
