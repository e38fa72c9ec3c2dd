import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { clientAddress } from '@/lib/server/clientAddress'
import { refundRequest, takeRequest } from '@/lib/server/rateLimit'

/**
 * The account lockout (5 failures) stops guessing one password; this stops
 * one address from trying many accounts. Every login over HTTP or GraphQL
 * takes a slot from its address's window and a successful one gives it back,
 * so only failures count and an office behind one address can still sign in.
 */
export const LOGIN_FAILURES_PER_ADDRESS = Number(process.env.LOGIN_FAILURES_PER_ADDRESS ?? 20)
export const LOGIN_WINDOW_MS = 15 * 60 * 1000

const keyOf = (headers: Headers) => `login:${clientAddress(headers)}`

const rule = { limit: LOGIN_FAILURES_PER_ADDRESS, windowMs: LOGIN_WINDOW_MS }

export const limitLoginsPerAddress: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Local API logins (seed, scripts, tests) come from this process, not from a client.
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const decision = await takeRequest({ key: keyOf(req.headers), ...rule })
  if (!decision.allowed) {
    const minutes = Math.ceil(decision.resetSeconds / 60)
    throw new APIError(`Quá nhiều lần đăng nhập không thành công từ địa chỉ này. Vui lòng thử lại sau ${minutes} phút.`, 429, null, true)
  }
  return args
}

export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.payloadAPI !== 'local') await refundRequest({ key: keyOf(req.headers), ...rule })
  return user
}
