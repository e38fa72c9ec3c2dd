import { compactScript } from './script-source'

/** The message the loader listens for (src/embed/loader.ts). */
export const HEIGHT_MESSAGE = 'thidua:embed-height'
export const PING_MESSAGE = 'thidua:embed-ping'

/**
 * Reports the document height to the embedding page, in two dialects:
 * - ours: `{ type: 'thidua:embed-height', height }`, sent only to the origin
 *   the loader wrote into the URL fragment (`#parentOrigin=https://host`),
 *   after checking it is a bare http(s) origin; pings are accepted only from
 *   that origin;
 * - WordPress's (wp-embed.js on the host adds `#?secret=<10 chars>`):
 *   `{ message: 'height', value, secret }` to any origin, as WordPress does;
 *   the secret pairs the message with its iframe. WordPress sandboxes embeds
 *   without popups, so links ask the host to navigate instead (`link`).
 * The fragment, not the query, carries the origin: the page stays one cached
 * response for every host, and the loader can add it to an iframe that has
 * already loaded without reloading it.
 * Static on purpose: the page's CSP allows it by hash.
 */
export const HEIGHT_SCRIPT = compactScript(`
(function () {
  var w = window, d = document, p = w.parent, origin = null, secret = null, last = -1;
  if (p === w) return;
  function read() {
    var h = location.hash, m = /[#&?]parentOrigin=([^&]*)/.exec(h), o = null;
    if (m) {
      try {
        o = decodeURIComponent(m[1]);
        var u = new URL(o);
        if (!/^https?:$/.test(u.protocol) || u.origin !== o) o = null;
      } catch (e) {
        o = null;
      }
    }
    origin = o;
    m = /secret=(\\w{10})/.exec(h);
    secret = m ? m[1] : null;
  }
  function post(force) {
    var h = Math.ceil(d.documentElement.getBoundingClientRect().height);
    if (h === last && !force) return;
    last = h;
    if (origin) p.postMessage({ type: '${HEIGHT_MESSAGE}', height: h }, origin);
    if (secret) p.postMessage({ message: 'height', value: h, secret: secret }, '*');
  }
  read();
  w.addEventListener('hashchange', function () {
    read();
    post(1);
  });
  w.addEventListener('message', function (e) {
    var m = e.data || {};
    if (e.source !== p) return;
    if (origin && e.origin === origin && m.type === '${PING_MESSAGE}') post(1);
    if (secret && m.secret === secret && m.message === 'ready') post(1);
  });
  d.addEventListener('click', function (e) {
    var a = secret && self.origin === 'null' && e.target.closest && e.target.closest('a[href]');
    if (!a) return;
    e.preventDefault();
    p.postMessage({ message: 'link', value: a.href, secret: secret }, '*');
  });
  if (w.ResizeObserver) new ResizeObserver(function () {
    post();
  }).observe(d.documentElement);
  w.addEventListener('load', function () {
    post(1);
  });
})();
`)
