/** A route handler as Next calls it (and as our wrappers around Payload's handlers pass it on). */
export type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/** An API refusal in Payload's own error shape (`{ errors: [{ message }] }`), so clients parse ours and Payload's alike. */
export const apiError = (status: number, message: string, headers: Record<string, string> = {}): Response =>
  Response.json({ errors: [{ message }] }, { headers, status })
