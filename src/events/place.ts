/** Where an event happens, as one line: "Nhà văn hóa, Tỉnh X" (venue, then the province when populated). */
export const eventPlace = (event: { province?: unknown; venue?: string | null }): string => {
  const province = event.province && typeof event.province === 'object' && 'name' in event.province ? String((event.province as { name: unknown }).name) : null
  return [event.venue?.trim(), province].filter(Boolean).join(', ')
}
