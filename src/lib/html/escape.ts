/** Plain text placed into HTML (feed summaries and titles, generated markup): nothing in it can open a tag or end an attribute. */
export const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
