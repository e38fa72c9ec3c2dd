import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { type CalendarEvent, eventUid, renderCalendar } from '@/events/ical/calendar'
import { contentLine, escapeText, foldLine } from '@/events/ical/text'

const octets = (line: string) => new TextEncoder().encode(line).length

const calendar = (events: CalendarEvent[]) => renderCalendar({ events, locale: 'vi', name: 'Sự kiện thi đua, khen thưởng', origin: 'https://thidua.example.vn', pagePath: (slug) => `/su-kien/${slug}` })

const parse = (body: string) => {
  const root = new ICAL.Component(ICAL.parse(body))
  ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone') as ICAL.Component)
  return { events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)), root }
}

const base: CalendarEvent = { id: 42, kind: 'congress', slug: 'dai-hoi', start: '2025-12-10T01:30:00.000Z', title: 'Đại hội', updatedAt: '2025-12-01T02:03:04.000Z' }

describe('iCalendar text (RFC 5545 §3.1, §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h')
  })

  it('normalizes to NFC so a Vietnamese letter stays one character', () => {
    const decomposed = 'Thi đua yêu nước'.normalize('NFD')
    expect(escapeText(decomposed)).toBe('Thi đua yêu nước'.normalize('NFC'))
  })

  it('folds at 75 octets with a leading space, never inside a UTF-8 character', () => {
    const line = `DESCRIPTION:${'Đại hội thi đua yêu nước toàn quốc lần thứ XI, '.repeat(6)}`
    const folded = foldLine(line)
    const physical = folded.split('\r\n')
    expect(physical.length).toBeGreaterThan(3)
    for (const [i, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75)
      if (i > 0) expect(part.startsWith(' ')).toBe(true)
      // Each part decodes as whole characters (a split sequence would turn into U+FFFD).
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part)
    }
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line)
    expect(foldLine('SUMMARY:ngắn')).toBe('SUMMARY:ngắn')
  })

  it('quotes parameter values that hold separators', () => {
    expect(contentLine('X-TEST', 'v', { A: 'x:y', B: 'plain' })).toBe('X-TEST;A="x:y";B=plain:v')
  })
})

describe('the calendar file', () => {
  it('has the calendar properties, a fixed +07:00 VTIMEZONE and CRLF everywhere', () => {
    const body = calendar([base])
    expect(body.endsWith('\r\n')).toBe(true)
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-TIMEZONE:Asia/Ho_Chi_Minh', 'TZOFFSETTO:+0700', 'END:VCALENDAR']) expect(body).toContain(`${line}\r\n`)
    const { root } = parse(body)
    expect(root.getFirstPropertyValue('prodid')).toMatch(/^-\/\/Thi dua\/\//)
    // A non-standard property's value is TEXT by default (RFC 5545 §3.8.8.2), so its comma is escaped too.
    expect(body).toContain('X-WR-CALNAME:Sự kiện thi đua\\, khen thưởng\r\n')
  })

  it('writes timed events on Vietnam’s clock with TZID, stamps in UTC, and a UID from id and host only', () => {
    const { events } = parse(calendar([{ ...base, end: '2025-12-12T10:00:00.000Z', province: 'Hà Nội', venue: 'Trung tâm Hội nghị Quốc gia' }]))
    const [event] = events
    expect(event.uid).toBe('su-kien-42@thidua.example.vn')
    expect(event.uid).toBe(eventUid({ host: 'thidua.example.vn', id: 42 }))
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh')
    expect(event.startDate.toString()).toBe('2025-12-10T08:30:00')
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-12-10T01:30:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2025-12-12T10:00:00.000Z')
    expect(event.component.getFirstProperty('dtstamp')?.toICALString()).toBe('DTSTAMP:20251201T020304Z')
    expect(event.component.getFirstProperty('last-modified')?.toICALString()).toBe('LAST-MODIFIED:20251201T020304Z')
    expect(event.location).toBe('Trung tâm Hội nghị Quốc gia, Hà Nội, Việt Nam')
    expect(event.component.getFirstPropertyValue('url')).toBe('https://thidua.example.vn/su-kien/dai-hoi')
    expect(event.component.getFirstPropertyValue('categories')).toBe('Đại hội thi đua yêu nước')
  })

  it('writes all-day events as dates with an exclusive end', () => {
    // 15–17/12/2026 in Vietnam: stored as 00:00 +07:00 on the first and last day.
    const { events } = parse(calendar([{ ...base, allDay: true, end: '2026-12-16T17:00:00.000Z', start: '2026-12-14T17:00:00.000Z' }]))
    expect(events[0].startDate.isDate).toBe(true)
    expect(events[0].startDate.toString()).toBe('2026-12-15')
    expect(events[0].endDate.toString()).toBe('2026-12-18')
    const single = parse(calendar([{ ...base, allDay: true, start: '2026-12-14T17:00:00.000Z' }])).events[0]
    expect([single.startDate.toString(), single.endDate.toString()]).toEqual(['2026-12-15', '2026-12-16'])
  })

  it('round-trips escaped and folded Vietnamese text through a standard parser', () => {
    const title = 'Lễ tôn vinh; “Gương sáng, việc tốt” \\ năm 2026 – Đắk Lắk'
    const summary = `Dòng thứ nhất, có dấu phẩy; chấm phẩy.\nDòng thứ hai: ${'Thi đua là yêu nước, yêu nước thì phải thi đua. '.repeat(5)}`
    const body = calendar([{ ...base, livestreamUrl: 'https://truyenhinh.example.gov.vn/truc-tiep', organizer: 'Ban Thi đua (giả định)', summary, title }])
    expect(body.split('\r\n').every((line) => octets(line) <= 75)).toBe(true)
    const [event] = parse(body).events
    expect(event.summary).toBe(title)
    expect(event.description).toBe(`${summary}\n\nĐơn vị tổ chức: Ban Thi đua (giả định)\n\nXem truyền hình trực tiếp: https://truyenhinh.example.gov.vn/truc-tiep\n\nhttps://thidua.example.vn/su-kien/dai-hoi`)
  })
})
