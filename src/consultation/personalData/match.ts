import { isValidContact, OPINION_LIMITS } from '@/collections/Opinions/rules'

/** One form for a contact however it was typed: an email in lower case, a phone as 0 + 9 digits. */
export const contactKey = (value: string): string | null => {
  const contact = value.trim()
  if (!contact || contact.length > OPINION_LIMITS.contact || !isValidContact(contact)) return null
  if (contact.includes('@')) return contact.toLowerCase()
  const digits = contact.replace(/[\s.-]/g, '')
  return digits.startsWith('+84') ? `0${digits.slice(3)}` : digits
}

/** Names compare without regard to case, spacing or Unicode composition (Vietnamese comes both ways). */
export const nameKey = (value: string): string => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi')

export type PersonQuery = { contact: string; contactKey: string; name?: string }

/** The person's request as typed into the admin, or why it cannot be used (for a 400). */
export const personQuery = ({ contact, name }: { contact: unknown; name?: unknown }): PersonQuery | string => {
  if (typeof contact !== 'string' || !contact.trim()) return 'Cần nhập email hoặc số điện thoại của người yêu cầu (contact).'
  const key = contactKey(contact)
  if (!key) return 'Thông tin liên hệ phải là email hợp lệ hoặc số điện thoại Việt Nam (0xxxxxxxxx hoặc +84xxxxxxxxx), như người đó đã ghi khi góp ý.'
  if (name !== undefined && name !== null && typeof name !== 'string') return 'Họ tên (name) phải là chuỗi ký tự.'
  const trimmed = typeof name === 'string' ? name.trim() : ''
  if (trimmed.length > OPINION_LIMITS.fullName) return `Họ tên không quá ${OPINION_LIMITS.fullName} ký tự.`
  return { contact: contact.trim(), contactKey: key, ...(trimmed ? { name: trimmed } : {}) }
}

/** True when a stored opinion was given with this contact (and this name, when one was given). */
export const isPersonsOpinion = (opinion: { contact?: string | null; fullName?: string | null }, query: PersonQuery): boolean =>
  Boolean(opinion.contact) && contactKey(opinion.contact as string) === query.contactKey && (!query.name || nameKey(opinion.fullName ?? '') === nameKey(query.name))

/** Enough of a contact to recognise a request in the audit log, not enough to reach the person. */
export const maskContact = (key: string): string => {
  const at = key.indexOf('@')
  if (at >= 0) return `${key.slice(0, Math.min(2, at))}***${key.slice(at)}`
  return `${key.slice(0, 3)}*****${key.slice(-2)}`
}
