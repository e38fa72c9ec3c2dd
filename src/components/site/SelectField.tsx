export type Option = { label: string; value: string }

/** A labelled <select> whose first choice clears the filter. */
export const SelectField = ({ defaultValue, label, name, options }: { defaultValue?: string; label: string; name: string; options: Option[] }) => (
  <div className="field">
    <label htmlFor={`loc-${name}`}>{label}</label>
    <select defaultValue={defaultValue ?? ''} id={`loc-${name}`} name={name}>
      <option value="">Tất cả</option>
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
