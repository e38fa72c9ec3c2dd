/**
 * Talking to the cluster `npm run cluster` runs (scripts/cluster.ts): its
 * loopback control, its instances and nginx. These tests only use HTTP, as a
 * reader, an editor or a partner would, plus the control to stop or kill one
 * piece.
 */
export const CONTROL = `http://127.0.0.1:${process.env.CLUSTER_CONTROL_PORT ?? 8089}`

export type ClusterState = {
  front: string
  instances: Record<'app-a' | 'app-b', string>
  pieces: { name: string; pid: number | null; restarts: number; running: boolean; wanted: boolean }[]
  redis: string
  s3: { bucket: string; endpoint: string }
}

export const clusterState = async (): Promise<ClusterState> => {
  const response = await fetch(`${CONTROL}/state`).catch(() => null)
  if (!response?.ok) throw new Error(`No cluster answers at ${CONTROL}: start it with npm run cluster and run these tests again.`)
  return (await response.json()) as ClusterState
}

export const control = async (piece: string, action: 'kill' | 'start' | 'stop'): Promise<void> => {
  const response = await fetch(`${CONTROL}/pieces/${piece}/${action}`, { method: 'POST' })
  if (!response.ok) throw new Error(`control ${piece} ${action}: ${response.status} ${await response.text()}`)
}

export const DEMO_PASSWORD = 'ThiDua@2026'
export const DEMO = { admin: 'quantri@thidua.example.vn', editor: 'bientap@thidua.example.vn' }

/** Logs in on one instance and returns the Authorization header value. */
export const login = async (base: string, email: string): Promise<string> => {
  const response = await fetch(`${base}/api/users/login`, { body: JSON.stringify({ email, password: DEMO_PASSWORD }), headers: { 'content-type': 'application/json' }, method: 'POST' })
  if (!response.ok) throw new Error(`login ${email} on ${base}: ${response.status}`)
  return `JWT ${((await response.json()) as { token: string }).token}`
}

export const api = async <T = unknown>(base: string, path: string, { auth, body, method = 'GET' }: { auth?: string; body?: unknown; method?: string } = {}): Promise<{ json: T; response: Response }> => {
  const response = await fetch(`${base}${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(auth ? { authorization: auth } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    method,
  })
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { json: json as T, response }
}

/** The page's HTML as a reader gets it (no cookie). */
export const page = async (url: string): Promise<{ html: string; instance: string | null; status: number }> => {
  const response = await fetch(url, { redirect: 'manual' })
  return { html: await response.text(), instance: response.headers.get('x-instance'), status: response.status }
}

/** Polls until `check` holds; returns the milliseconds it took, or throws after `timeoutMs`. */
export const within = async (timeoutMs: number, check: () => Promise<boolean>, what: string): Promise<number> => {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`)
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
