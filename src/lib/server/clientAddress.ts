/**
 * The address a request came from, for per-address limits. `next start` sets
 * X-Forwarded-For to the socket's address when the request has none, and a
 * reverse proxy (nginx `proxy_add_x_forwarded_for`) appends the address it
 * saw, so the last entry is the one added by the nearest hop. A client can
 * only forge entries to its left. Without a proxy in front, run behind one.
 */
export const clientAddress = (headers: Headers): string => {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip') ?? 'unknown'
}
