import type { Locale } from '@/i18n/locales'
import type { EventTiming } from '../time'
import { eventWhen } from '../when'
import { eventWords } from '../words'

/** When an event happens in Vietnam's time, as <time> elements machines can read. */
export const EventWhen = ({ event, locale }: { event: EventTiming; locale: Locale }) => {
  const when = eventWhen(event)
  const start = <time dateTime={when.start.dateTime}>{when.start.label}</time>
  if (!when.end) return when.allDay ? <>{start} ({eventWords(locale).allDay})</> : start
  return (
    <>
      {start}
      {when.end.timeOnly ? '–' : ' – '}
      <time dateTime={when.end.dateTime}>{when.end.label}</time>
    </>
  )
}
