import type { Validate } from 'payload'
import { text } from 'payload/shared'

import { isValidContact, MESSAGES } from './rules'

/**
 * Name, contact and address are required of every opinion, except one that
 * retention has anonymised: those are cleared on purpose and must stay empty
 * through later edits (a moderator ticking "reviewed").
 */
const unlessAnonymised =
  (check: Validate): Validate =>
  (value, options) =>
    (options.siblingData as { anonymisedAt?: unknown } | undefined)?.anonymisedAt && (value === '' || value === null || value === undefined) ? true : check(value, options)

export const validIdentityText = unlessAnonymised(text as Validate)

export const validContact = unlessAnonymised((value) => (typeof value === 'string' && isValidContact(value)) || MESSAGES.contactInvalid)
