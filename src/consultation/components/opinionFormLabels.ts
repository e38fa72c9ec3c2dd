import { OPINION_LIMITS, opinionStances } from '@/collections/Opinions/rules'
import { dictionary, type Locale } from '@/i18n'
import type { Retention } from '../retention/options'
import type { OpinionFormLabels } from './OpinionForm.client'

/** The form's words as plain strings: a client component cannot receive the dictionary's functions. */
export const opinionFormProps = ({ locale, retention }: { locale: Locale; retention: Retention }) => {
  const t = dictionary(locale).consultations
  const labels: OpinionFormLabels = {
    address: t.address,
    contact: t.contact,
    contactHint: t.contactHint,
    errorSummary: t.errorSummary,
    fullName: t.fullName,
    honeypot: t.honeypot,
    intro: t.formIntro,
    network: t.network,
    privacy: t.privacy,
    privacyHeading: t.privacyHeading,
    retention: t.privacyRetention(retention.months, retention.mode),
    sendAnother: t.sendAnother,
    sending: t.sending,
    sentBody: t.sentBody,
    sentHeading: t.sentHeading,
    stance: t.stance,
    submit: t.submit,
    text: t.text,
    textHint: t.textHint(OPINION_LIMITS.text),
  }
  return { labels, limits: { ...OPINION_LIMITS }, stances: opinionStances.map((s) => ({ label: s.label[locale], value: s.value })) }
}
