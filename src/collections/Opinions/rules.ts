import type { Locale } from '@/i18n/locales'
import type { Opinion } from '@/payload-types'

/** One set of limits and checks for the collection's fields and for public submissions. */
export const OPINION_LIMITS = { address: 200, contact: 254, fullName: 120, text: 3000 } as const

export const opinionStances = [
  { label: { en: 'Agree', vi: 'Đồng ý' }, value: 'agree' },
  { label: { en: 'Disagree', vi: 'Không đồng ý' }, value: 'disagree' },
  { label: { en: 'Other', vi: 'Ý kiến khác' }, value: 'other' },
]
export type OpinionStance = Opinion['stance']

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
// Vietnamese numbers: 0 + 9 digits, or +84 + 9 digits (spaces, dots and dashes tolerated).
const PHONE = /^(0|\+84)\d{9}$/

// C0/C1 controls except tab and line breaks, which a long opinion legitimately holds.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g

/** Plain text, controls and bidi overrides removed, Windows line breaks unified, trimmed. */
export const cleanText = (value: unknown): string => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim() : '')

export const isValidContact = (value: string): boolean => EMAIL.test(value) || PHONE.test(value.replace(/[\s.-]/g, ''))

const vi = {
  addressLong: `Địa chỉ hoặc đơn vị không quá ${OPINION_LIMITS.address} ký tự.`,
  addressRequired: 'Vui lòng nhập địa chỉ hoặc đơn vị công tác.',
  closed: 'Đã hết thời hạn lấy ý kiến đối với hồ sơ này.',
  contactInvalid: 'Thông tin liên hệ phải là email hợp lệ hoặc số điện thoại Việt Nam (0xxxxxxxxx hoặc +84xxxxxxxxx).',
  contactRequired: 'Vui lòng nhập email hoặc số điện thoại để liên hệ.',
  duplicate: 'Ý kiến này vừa được gửi, Ban Tổ chức đã nhận. Không cần gửi lại.',
  fullNameLong: `Họ tên không quá ${OPINION_LIMITS.fullName} ký tự.`,
  fullNameRequired: 'Vui lòng nhập họ và tên.',
  notOpen: 'Hồ sơ này hiện không lấy ý kiến.',
  notYet: 'Hồ sơ này chưa đến thời gian lấy ý kiến.',
  rateLimited: (minutes: number) => `Bạn đã gửi quá nhiều lần từ cùng một địa chỉ. Vui lòng thử lại sau khoảng ${minutes} phút.`,
  stanceInvalid: 'Vui lòng chọn: đồng ý, không đồng ý hoặc ý kiến khác.',
  textLong: `Nội dung ý kiến không quá ${OPINION_LIMITS.text} ký tự.`,
  textRequired: 'Vui lòng nhập nội dung ý kiến.',
  unknown: 'Không tìm thấy hồ sơ đề nghị khen thưởng này.',
}

/** Messages a person sees, in the language of the page they wrote from. */
export const OPINION_MESSAGES: Record<Locale, typeof vi> = {
  en: {
    addressLong: `Address or unit: at most ${OPINION_LIMITS.address} characters.`,
    addressRequired: 'Please enter your address or workplace.',
    closed: 'The consultation period for this nomination has ended.',
    contactInvalid: 'Contact must be a valid email or a Vietnamese phone number (0xxxxxxxxx or +84xxxxxxxxx).',
    contactRequired: 'Please enter an email or phone number we can reach you at.',
    duplicate: 'This opinion was just sent and has been received. No need to send it again.',
    fullNameLong: `Full name: at most ${OPINION_LIMITS.fullName} characters.`,
    fullNameRequired: 'Please enter your full name.',
    notOpen: 'This nomination is not taking opinions.',
    notYet: 'The consultation period for this nomination has not started yet.',
    rateLimited: (minutes: number) => `Too many submissions from the same address. Please try again in about ${minutes} minutes.`,
    stanceInvalid: 'Please choose: agree, disagree or other.',
    textLong: `Opinion: at most ${OPINION_LIMITS.text} characters.`,
    textRequired: 'Please write your opinion.',
    unknown: 'This nomination could not be found.',
  },
  vi,
}

/** The admin's field messages (Vietnamese). */
export const MESSAGES = vi
