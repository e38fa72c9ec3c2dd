/**
 * Cache tags: queries tag what they read, hooks revalidate the same tags.
 * One module so both sides can never drift apart.
 */
export const cacheTags = {
  collection: (slug: string) => `collection:${slug}`,
  document: (slug: string, key: string | number) => `doc:${slug}:${key}`,
  global: (slug: string) => `global:${slug}`,
} as const
