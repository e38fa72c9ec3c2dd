import { dictionary, type Locale } from '@/i18n'
import type { ConsultationState } from '../state'

export const ConsultationStatus = ({ locale, state }: { locale: Locale; state: ConsultationState }) => (
  <span className="consultation-status" data-state={state}>
    {dictionary(locale).consultations.status[state]}
  </span>
)
