/** A labelled free-text filter (search is tone-insensitive, so the hint shows typing without diacritics works). */
export const TextField = ({ defaultValue, label, name, placeholder }: { defaultValue?: string; label: string; name: string; placeholder?: string }) => (
  <div className="field">
    <label htmlFor={`loc-${name}`}>{label}</label>
    <input defaultValue={defaultValue ?? ''} id={`loc-${name}`} maxLength={120} name={name} placeholder={placeholder} type="search" />
  </div>
)
