type Option = { label: { en: string; vi: string }; value: string }

/** The reader-facing label of a select value, Vietnamese by default. */
export const optionLabel = (options: readonly Option[], value: string | null | undefined, locale: 'en' | 'vi' = 'vi'): string =>
  options.find((option) => option.value === value)?.label[locale] ?? ''
