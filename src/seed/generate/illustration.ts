import sharp from 'sharp'

/** Calm national palette: reds, golds and greens, picked by a stable hash of the key. */
const PALETTE = [
  ['#a50e0e', '#f2c94c'],
  ['#7a0a0a', '#f6e3b4'],
  ['#1f5f3f', '#f2c94c'],
  ['#23466e', '#f6e3b4'],
  ['#8c4a12', '#fbeaea'],
  ['#4a2c6e', '#f2c94c'],
]

const hash = (text: string): number => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)

const person = (cx: number, scale: number, fill: string) =>
  `<circle cx="${cx}" cy="${300 - 90 * scale}" r="${70 * scale}" fill="${fill}"/>` +
  `<path d="M ${cx - 150 * scale} 600 Q ${cx - 140 * scale} ${420 - 60 * scale} ${cx} ${400 - 60 * scale} Q ${cx + 140 * scale} ${420 - 60 * scale} ${cx + 150 * scale} 600 Z" fill="${fill}"/>`

/**
 * A sample portrait or group picture drawn from shapes only (no text, so no
 * system fonts needed), rendered by sharp. Clearly an illustration, never a
 * photograph of a real person.
 */
export const illustration = async ({ key, kind }: { key: string; kind: 'collective' | 'cover' | 'individual' }): Promise<Buffer> => {
  const [background, accent] = PALETTE[hash(key) % PALETTE.length]
  const figures =
    kind === 'individual'
      ? person(400, 1.4, accent)
      : kind === 'collective'
        ? person(220, 0.9, accent) + person(580, 0.9, accent) + person(400, 1.1, '#ffffff')
        : `<polygon points="400,120 431,215 531,215 450,274 481,369 400,310 319,369 350,274 269,215 369,215" fill="${accent}"/>` +
          `<rect x="0" y="470" width="800" height="130" fill="${accent}" opacity="0.35"/>`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600"><rect width="800" height="600" fill="${background}"/><circle cx="${120 + (hash(key) % 560)}" cy="90" r="160" fill="#ffffff" opacity="0.08"/>${figures}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
