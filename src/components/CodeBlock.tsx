/**
 * A labelled, keyboard-scrollable code sample. The name needs a role: HTML
 * allows no `aria-label` on a bare `pre` (the Nu HTML Checker's error), and
 * a focusable scrolling box should be a named region anyway.
 */
export const CodeBlock = ({ code, label }: { code: string; label: string }) => (
  <pre aria-label={label} className="code" role="region" tabIndex={0}>
    <code>{code}</code>
  </pre>
)
