/** A labelled, keyboard-scrollable code sample. */
export const CodeBlock = ({ code, label }: { code: string; label: string }) => (
  <pre aria-label={label} className="code" tabIndex={0}>
    <code>{code}</code>
  </pre>
)
