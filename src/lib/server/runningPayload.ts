import type { Payload } from 'payload'

let running: Payload | undefined

/**
 * The Payload instance this process started, for timers that write outside
 * any request (the in-memory daily counters). Set by the config's onInit, so
 * modules the config itself loads can reach Payload without importing the
 * config (which would be a cycle).
 */
export const rememberRunningPayload = (payload: Payload): void => {
  running = payload
}

export const runningPayload = (): Payload | undefined => running
