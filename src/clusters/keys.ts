/**
 * How member names and criterion codes are compared wherever scores meet
 * them (validation, ranking, the import): case and spacing do not matter,
 * diacritics do ("Hà Nam" is not "Hà Nội"). NFC first, so a name typed with
 * combining marks equals the same name typed precomposed.
 */
export const nameKey = (text: null | string | undefined): string => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi')

/** Criterion codes ("TC1", "tc 1" is another code) compare like names. */
export const codeKey = nameKey
