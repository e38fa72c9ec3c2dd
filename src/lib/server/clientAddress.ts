import { AsyncLocalStorage } from 'node:async_hooks'
import type { IncomingMessage } from 'node:http'

import proxyaddr from 'proxy-addr'

/**
 * The address a request came from, for per-address limits (opinions, login).
 *
 * Route handlers never see the socket, and `next start` keeps whatever
 * X-Forwarded-For a client sends, so a client could pick a new address for
 * every request. The site's server (scripts/serve.ts) therefore decides the
 * address from the socket, trusting X-Forwarded-For entries only when they
 * were added by a proxy listed in TRUSTED_PROXIES (Express's `proxy-addr`
 * rules), and runs the request inside an AsyncLocalStorage that carries it.
 * The storage hangs off globalThis because the server and the built route
 * bundles each load their own copy of this module.
 */
type RequestOrigin = { address: string }

const STORE_KEY = Symbol.for('thidua.clientAddress')
const globalStore = globalThis as typeof globalThis & { [STORE_KEY]?: AsyncLocalStorage<RequestOrigin> }
const storage = (globalStore[STORE_KEY] ??= new AsyncLocalStorage<RequestOrigin>())

/** Shared bucket for requests whose origin nobody vouched for (see clientAddress). */
export const UNKNOWN_ADDRESS = 'unknown'

/** Compiles TRUSTED_PROXIES ("loopback", "10.0.0.0/8, 192.168.1.7", …); empty trusts no proxy. */
export const trustedProxies = (value: string | undefined): ((address: string, hop: number) => boolean) => {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  try {
    return proxyaddr.compile(entries)
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES không hợp lệ (${error instanceof Error ? error.message : String(error)}). Ghi danh sách địa chỉ IP hoặc dải CIDR cách nhau bằng dấu phẩy, hoặc "loopback" khi nginx chạy trên cùng máy.`)
  }
}

/** The client's address: the socket's, or the nearest forwarded one a trusted proxy vouches for. */
export const addressOfRequest = (request: IncomingMessage, trust: (address: string, hop: number) => boolean): string => {
  if (!request.socket?.remoteAddress) return UNKNOWN_ADDRESS
  // proxy-addr reads req.connection, which Node deprecated in favour of req.socket.
  const address = proxyaddr({ connection: request.socket, headers: request.headers } as unknown as IncomingMessage, trust)
  return address.startsWith('::ffff:') ? address.slice(7) : address
}

/** Runs the rest of the request with its client address attached. */
export const withClientAddress = <T>(address: string, run: () => T): T => storage.run({ address }, run)

let warned = false

/**
 * The address of the request being handled. Outside scripts/serve.ts (plain
 * `next start`, `next dev`, a test calling a handler directly) nobody has
 * vouched for an address: development trusts the nearest X-Forwarded-For
 * entry as before; production shares one bucket rather than trust what a
 * client wrote, and says so once.
 */
export const clientAddress = (headers: Headers): string => {
  const origin = storage.getStore()
  if (origin) return origin.address
  if (process.env.NODE_ENV !== 'production') return headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || UNKNOWN_ADDRESS
  if (!warned) {
    warned = true
    console.warn('[client-address] Máy chủ không được khởi động qua scripts/serve.ts (npm start): giới hạn theo địa chỉ dùng chung một hạn mức.')
  }
  return UNKNOWN_ADDRESS
}
