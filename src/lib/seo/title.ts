type TitleSource = { doc: Record<string, unknown> }

/** "<document title> – Thi đua", from whichever title field the collection has. */
export const seoTitle = ({ doc }: TitleSource): string => {
  const title = doc.title ?? doc.name ?? doc.awardTitle ?? doc.decisionNumber
  return typeof title === 'string' && title ? `${title} – Thi đua` : 'Thi đua'
}
