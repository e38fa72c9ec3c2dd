/**
 * Guesses the 8-bit encoding of a CSV that is not UTF-8, from byte patterns
 * rather than a dictionary:
 * - Windows-1258 writes Vietnamese tones as combining marks (0xCC 0xEC 0xD2
 *   0xDE 0xF2) right after a vowel ("Việt" = V i ê 0xF2 t); Western text has
 *   these bytes (Ì ì Ò Þ ò) rarely, and mostly after consonants ("però").
 * - TCVN3 (ABC) puts Vietnamese letters on 0xA1–0xBF, which in every Windows
 *   code page are symbols (¨ © ª « ¬ ® µ ¶ ·) that never sit inside words.
 * - VNI writes a plain vowel followed by a mark byte ("Vieät", "ñua").
 * Anything else is Windows-1252 (Latin).
 */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1252' | 'windows-1258'

const TONE_BYTES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2])
/** Â Ă Ê Ô Ơ Ư and their lower case in Windows-1258: vowels a tone mark may follow. */
const VIETNAMESE_VOWEL_BYTES = new Set([0xc2, 0xc3, 0xca, 0xd4, 0xd5, 0xdd, 0xe2, 0xe3, 0xea, 0xf4, 0xf5, 0xfd])
const D_BYTES = new Set([0xd0, 0xf0])
/** VNI's lower-case mark bytes that follow a vowel: tones, circumflex and breve combinations. */
const VNI_MARK_BYTES = new Set([0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe8, 0xe9, 0xea, 0xeb, 0xef, 0xf5, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc])
const VNI_D_BYTES = new Set([0xd1, 0xf1])

const isAsciiLetter = (b: number | undefined): boolean => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a))
const isAsciiVowel = (b: number | undefined): boolean => b !== undefined && 'aeiouyAEIOUY'.includes(String.fromCharCode(b))
const isVowel = (b: number | undefined): boolean => isAsciiVowel(b) || (b !== undefined && VIETNAMESE_VOWEL_BYTES.has(b))

type Evidence = { tone: number; orphanTone: number; tcvn: number; vni: number; nonAsciiWords: number }

const gatherEvidence = (bytes: Uint8Array): Evidence => {
  const e: Evidence = { nonAsciiWords: 0, orphanTone: 0, tcvn: 0, tone: 0, vni: 0 }
  let wordHasHighByte = false
  for (let i = 0; i < bytes.length; i++) {
    const [prev, b, next] = [bytes[i - 1], bytes[i], bytes[i + 1]]
    if (b <= 0x20 || b === 0x2c || b === 0x3b || b === 0x22) {
      if (wordHasHighByte) e.nonAsciiWords++
      wordHasHighByte = false
      continue
    }
    if (b < 0x80) continue
    wordHasHighByte = true
    if (TONE_BYTES.has(b)) {
      if (isVowel(prev)) e.tone++
      else e.orphanTone++
    }
    if (D_BYTES.has(b) && isAsciiLetter(next)) e.tone++
    if (b >= 0xa1 && b <= 0xbf && (isAsciiLetter(prev) || isAsciiLetter(next))) e.tcvn++
    if ((VNI_MARK_BYTES.has(b) && isAsciiVowel(prev)) || (VNI_D_BYTES.has(b) && (isAsciiLetter(next) || isAsciiLetter(prev)))) e.vni++
  }
  if (wordHasHighByte) e.nonAsciiWords++
  return e
}

export const guessLegacyEncoding = (bytes: Uint8Array): LegacyEncoding => {
  const e = gatherEvidence(bytes)
  if (e.tcvn >= 2 && e.tcvn * 4 >= e.nonAsciiWords && e.tcvn > e.tone) return 'tcvn3'
  if (e.tone > e.orphanTone) return 'windows-1258'
  if (e.vni >= 2 && e.vni * 2 >= e.nonAsciiWords) return 'vni'
  return 'windows-1252'
}
