import { describe, expect, it } from 'vitest'

import { EVENT_LISTING_PARAMS, eventFilterParams, parseCalendarFilters, parseEventFilters } from '@/events/filters'
import { eventJsonLd } from '@/events/jsonLd'
import { buildMonthGrid } from '@/events/monthGrid'
import { addDays, daysCovered, dayKeyOf, eventEndsAt, eventPhase, isoInVietnam, monthBounds, parseMonthKey, shiftMonth } from '@/events/time'
import { formatEventWhen } from '@/events/when'
import { LISTING_PARAMS } from '@/lib/filters/canonical'

/** 00:00 in Vietnam on a day, as stored for all-day events. */
const midnight = (day: string) => new Date(`${day}T00:00:00+07:00`).toISOString()
const at = (day: string, time: string) => new Date(`${day}T${time}:00+07:00`).toISOString()

describe('Vietnam time for events', () => {
  it('reads days and clock times in Vietnam whatever the instant’s UTC date', () => {
    expect(dayKeyOf('2026-12-14T17:00:00.000Z')).toBe('2026-12-15')
    expect(dayKeyOf('2026-12-14T16:59:59.000Z')).toBe('2026-12-14')
    expect(isoInVietnam('2026-12-15T01:30:00.000Z')).toBe('2026-12-15T08:30:00+07:00')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })

  it('formats dd/mm/yyyy with HH:mm unless all-day, and ranges', () => {
    expect(formatEventWhen({ start: at('2026-12-15', '08:00') }, 'vi')).toBe('15/12/2026, 08:00')
    expect(formatEventWhen({ end: at('2026-12-15', '11:30'), start: at('2026-12-15', '08:00') }, 'vi')).toBe('15/12/2026, 08:00–11:30')
    expect(formatEventWhen({ end: at('2026-12-17', '16:00'), start: at('2026-12-15', '08:00') }, 'vi')).toBe('15/12/2026, 08:00 – 17/12/2026, 16:00')
    expect(formatEventWhen({ allDay: true, start: midnight('2026-12-15') }, 'vi')).toBe('15/12/2026 (cả ngày)')
    expect(formatEventWhen({ allDay: true, start: midnight('2026-12-15') }, 'en')).toBe('15/12/2026 (all day)')
    expect(formatEventWhen({ allDay: true, end: midnight('2026-12-17'), start: midnight('2026-12-15') }, 'vi')).toBe('15/12/2026 – 17/12/2026')
  })

  it('tells upcoming, ongoing and past; an all-day event lasts to the end of its last day', () => {
    const allDay = { allDay: true, end: midnight('2026-12-16'), start: midnight('2026-12-15') }
    expect(eventEndsAt(allDay).toISOString()).toBe(midnight('2026-12-17'))
    expect(eventPhase(allDay, new Date(at('2026-12-14', '23:59')))).toBe('upcoming')
    expect(eventPhase(allDay, new Date(at('2026-12-16', '23:00')))).toBe('ongoing')
    expect(eventPhase(allDay, new Date(midnight('2026-12-17')))).toBe('past')
    const timed = { end: at('2026-12-15', '11:00'), start: at('2026-12-15', '08:00') }
    expect(eventPhase(timed, new Date(at('2026-12-15', '09:00')))).toBe('ongoing')
    expect(eventPhase(timed, new Date(at('2026-12-15', '11:00')))).toBe('past')
    expect(daysCovered({ end: at('2027-01-02', '10:00'), start: at('2026-12-30', '08:00') })).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'])
  })

  it('parses months, shifts them across years and gives Vietnam’s month bounds', () => {
    expect(parseMonthKey('2026-12')).toEqual({ month: 12, year: 2026 })
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-12', '1900-01', '2101-01', '2026-12x']) expect(parseMonthKey(bad)).toBeNull()
    expect(shiftMonth({ month: 12, year: 2026 }, 1)).toEqual({ month: 1, year: 2027 })
    expect(shiftMonth({ month: 1, year: 2026 }, -1)).toEqual({ month: 12, year: 2025 })
    expect(monthBounds({ month: 12, year: 2026 })).toEqual({ end: new Date('2026-12-31T17:00:00.000Z'), start: new Date('2026-11-30T17:00:00.000Z') })
  })
})

describe('the month grid', () => {
  it('starts weeks on Monday, pads the edges and places multi-day events on every day they cover', () => {
    const congress = { allDay: true, end: midnight('2026-12-03'), id: 1, start: midnight('2026-11-30') }
    const ceremony = { end: at('2026-12-31', '11:00'), id: 2, start: at('2026-12-31', '08:00') }
    const weeks = buildMonthGrid({ events: [congress, ceremony], month: { month: 12, year: 2026 }, today: '2026-12-03' })
    // 1 December 2026 is a Tuesday: one blank Monday first; 31 December is a Thursday.
    expect(weeks[0][0]).toBeNull()
    expect(weeks[0][1]?.key).toBe('2026-12-01')
    expect(weeks).toHaveLength(5)
    expect(weeks.every((w) => w.length === 7)).toBe(true)
    const days = weeks.flat().filter((d) => d !== null)
    expect(days).toHaveLength(31)
    expect(days.filter((d) => d.events.includes(congress)).map((d) => d.key)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03'])
    expect(days.filter((d) => d.isToday).map((d) => d.key)).toEqual(['2026-12-03'])
    expect(days.at(-1)?.events).toEqual([ceremony])
    expect(weeks[4].slice(4).every((d) => d === null)).toBe(true)
  })

  it('has six rows for a month that needs them', () => {
    // August 2026 starts on a Saturday and has 31 days.
    expect(buildMonthGrid({ events: [], month: { month: 8, year: 2026 }, today: '2026-12-03' })).toHaveLength(6)
  })
})

describe('listing and calendar filters', () => {
  it('ignore unknown listing values and keep known ones', () => {
    expect(parseEventFilters({ loai: 'dai-hoi', nam: '2025', tinh: 'ha-noi', trang: '2' })).toEqual({ kind: 'congress', page: 2, province: 'ha-noi', year: 2025 })
    expect(parseEventFilters({ loai: 'bogus', nam: '99999', tinh: '<script>', trang: '-1', 'phong-trao': '../x' })).toEqual({ page: 1 })
    expect(eventFilterParams(parseEventFilters({ 'phong-trao': 'xoa-nha-tam', loai: 'ton-vinh' }))).toEqual({ loai: 'ton-vinh', 'phong-trao': 'xoa-nha-tam' })
    expect([...LISTING_PARAMS['/su-kien']].sort()).toEqual([...EVENT_LISTING_PARAMS].sort())
  })

  it('refuse unknown calendar values, naming the parameter', () => {
    expect(parseCalendarFilters(new URLSearchParams('loai=dai-hoi&tinh=ha-noi'))).toEqual({ filters: { kind: 'congress', province: 'ha-noi' } })
    expect(parseCalendarFilters(new URLSearchParams('loai=party'))).toEqual({ error: 'loai' })
    expect(parseCalendarFilters(new URLSearchParams('tinh=H%C3%A0%20N%E1%BB%99i'))).toEqual({ error: 'tinh' })
    expect(parseCalendarFilters(new URLSearchParams(''))).toEqual({ filters: {} })
  })
})

describe('schema.org Event', () => {
  const url = 'https://thidua.example.vn/su-kien/le-ton-vinh'
  it('gives timed events +07:00 instants, a Place in Viet Nam and a VirtualLocation for a livestream', () => {
    const data = eventJsonLd({ event: { end: at('2026-12-15', '11:00'), livestreamUrl: 'https://truyenhinh.example.gov.vn/a', organizer: 'Ban Thi đua (giả định)', start: at('2026-12-15', '08:00'), title: 'Lễ tôn vinh', venue: 'Nhà hát' }, locale: 'vi', provinceName: 'Huế', url })
    expect(data).toMatchObject({ '@type': 'Event', endDate: '2026-12-15T11:00:00+07:00', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode', eventStatus: 'https://schema.org/EventScheduled', name: 'Lễ tôn vinh', organizer: { '@type': 'Organization', name: 'Ban Thi đua (giả định)' }, startDate: '2026-12-15T08:00:00+07:00', url })
    expect(data.location).toEqual([
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'VN', addressRegion: 'Huế', name: 'Huế, Việt Nam' }, name: 'Nhà hát' },
      { '@type': 'VirtualLocation', url: 'https://truyenhinh.example.gov.vn/a' },
    ])
  })

  it('gives all-day events dates and reads attendance from the livestream', () => {
    const allDay = eventJsonLd({ event: { allDay: true, end: midnight('2026-12-17'), start: midnight('2026-12-15'), title: 'Tập huấn' }, locale: 'vi', url })
    expect([allDay.startDate, allDay.endDate, allDay.eventAttendanceMode, allDay.location]).toEqual(['2026-12-15', '2026-12-17', 'https://schema.org/OfflineEventAttendanceMode', undefined])
    const online = eventJsonLd({ event: { livestreamUrl: 'https://x.example.gov.vn', start: at('2026-12-15', '08:00'), title: 'Trực tuyến' }, locale: 'vi', url })
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
  })
})
