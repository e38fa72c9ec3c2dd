/**
 * The loader and the embed page's own script are hand-written ES5-level
 * JavaScript kept as strings: they run on other people's pages and must not
 * drag in a bundler's runtime. Written with explicit semicolons and only
 * block comments, so dropping comments and line breaks (keeping one space
 * where two words would otherwise run together) is a safe minifier.
 */
export const compactScript = (source: string): string =>
  source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\n\s*/g, '\n')
    .replace(/(\w)\n(?=\w)/g, '$1 ')
    .replace(/\n/g, '')
    .trim()
