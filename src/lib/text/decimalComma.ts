/**
 * A number as Vietnamese writes it in a message: a decimal comma (2.5 → "2,5"),
 * no thousands grouping; for points, weights and maxima, not counts.
 */
export const decimalComma = (n: number): string => String(n).replace('.', ',')
