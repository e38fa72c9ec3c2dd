/** A movement's status follows from its period and milestones (plan II.2đ). */
export type MovementStatus = 'upcoming' | 'active' | 'reviewed' | 'concluded'

export const movementStatuses = [
  { label: { en: 'Upcoming', vi: 'Sắp phát động' }, value: 'upcoming' },
  { label: { en: 'Under way', vi: 'Đang triển khai' }, value: 'active' },
  { label: { en: 'Preliminary review held', vi: 'Đã sơ kết' }, value: 'reviewed' },
  { label: { en: 'Concluded', vi: 'Đã tổng kết' }, value: 'concluded' },
]

type StatusInput = {
  milestones?: { date?: string | null; kind?: string | null }[] | null
  period?: { end?: string | null; start?: string | null } | null
  now?: Date
}

const reached = (date: string | null | undefined, now: Date) => Boolean(date) && new Date(date as string) <= now

export const deriveMovementStatus = ({ milestones, now = new Date(), period }: StatusInput): MovementStatus => {
  const past = (milestones ?? []).filter((m) => reached(m.date, now))
  if (past.some((m) => m.kind === 'finalReview') || (period?.end && new Date(period.end) < now)) return 'concluded'
  const launch = (milestones ?? []).find((m) => m.kind === 'launch')?.date ?? period?.start
  if (launch && !reached(launch, now)) return 'upcoming'
  if (past.some((m) => m.kind === 'preliminaryReview')) return 'reviewed'
  return 'active'
}
