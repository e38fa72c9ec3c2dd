import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'

export type Slide = { body: SerializedEditorState | null; heading: string | null }

type Node = SerializedLexicalNode & { children?: Node[]; tag?: string; text?: string }

const textOf = (node: Node): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''))

const isState = (value: unknown): value is SerializedEditorState => Boolean(value && typeof value === 'object' && 'root' in value)

/**
 * A lesson body cut into slides at its section headings: the highest heading
 * level used (h2, else h3) starts a slide; what precedes the first heading is
 * an untitled opening slide. Each slide keeps the original nodes, so it
 * renders with the same rich-text component as the page.
 */
export const splitIntoSlides = (body: unknown): Slide[] => {
  if (!isState(body)) return []
  const children = (body.root.children ?? []) as Node[]
  const level = ['h2', 'h3'].find((tag) => children.some((n) => n.type === 'heading' && n.tag === tag))
  const slides: { heading: string | null; nodes: Node[] }[] = []
  let current: { heading: string | null; nodes: Node[] } = { heading: null, nodes: [] }
  for (const node of children) {
    if (level && node.type === 'heading' && node.tag === level) {
      if (current.heading !== null || current.nodes.length) slides.push(current)
      current = { heading: textOf(node).trim(), nodes: [] }
    } else {
      current.nodes.push(node)
    }
  }
  if (current.heading !== null || current.nodes.length) slides.push(current)
  return slides.map((s) => ({ body: s.nodes.length ? { ...body, root: { ...body.root, children: s.nodes } } : null, heading: s.heading }))
}
