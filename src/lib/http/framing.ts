/**
 * Who may frame us. Our pages only by our own origin (the admin's live
 * preview frames them, so 'self' must stay); /embed/… exists to be framed
 * anywhere and sends its own policy from its route, so it is left out here
 * (a second CSP would only ever narrow the first).
 */
export const FRAMING_HEADERS = [
  {
    headers: [
      { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
      { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    ],
    source: '/:path((?!embed(?:/|$)).*)',
  },
]
