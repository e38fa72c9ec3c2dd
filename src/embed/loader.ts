import { createHash } from 'node:crypto'

import { HEIGHT_MESSAGE, PING_MESSAGE } from './height-script'
import { compactScript } from './script-source'

/**
 * /embed.js, the script of the script snippet (src/embed/snippets.ts):
 * - turns each `[data-thidua-embed]` placeholder (not an iframe) into a lazy
 *   iframe of the URL it names, titled with its fallback link's text;
 * - gives every embed iframe, made here or pasted, this page's origin in the
 *   URL fragment so the frame knows where to send its height. A pasted frame
 *   gets it by `location.replace` once it has loaded ours (at once if it has:
 *   its window is then unreadable), which neither reloads it (fragment only)
 *   nor adds a Back step to the host page; changing `src` instead would add
 *   one, and racing the frame's first navigation sometimes loses the fragment;
 * - resizes an iframe only on a height message whose origin is the loader's
 *   own (from its script URL) and whose source is that iframe's window.
 * Only URLs under /embed/ on the loader's origin are framed. Elements are
 * marked when handled and the listener is added once per origin, so running
 * the script twice (two snippets on one page) handles each embed once, and
 * the second run picks up placeholders parsed after the first.
 */
export const LOADER_SOURCE = compactScript(`
(function () {
  var d = document, w = window, s = d.currentScript, done = 'data-thidua-ready';
  if (!s || !s.src) return;
  var origin = new URL(s.src).origin, flag = 'thiduaEmbed ' + origin;
  function frameUrl(src) {
    var u, h, o = 'parentOrigin=' + encodeURIComponent(location.origin);
    try {
      u = new URL(src, origin);
    } catch (e) {
      return null;
    }
    if (u.origin !== origin || u.pathname.indexOf('/embed/')) return null;
    h = u.hash.slice(1).replace(/&?parentOrigin=[^&]*/g, '');
    u.hash = h ? h + '&' + o : o;
    return u.href;
  }
  function replacer(el, src) {
    return function () {
      el.contentWindow.location.replace(src);
    };
  }
  function scan() {
    var list = d.querySelectorAll('[data-thidua-embed]:not([' + done + '])'), i, el, f, src;
    for (i = 0; i < list.length; i++) {
      el = list[i];
      el.setAttribute(done, '');
      if (el.tagName === 'IFRAME') {
        src = el.getAttribute('src') && frameUrl(el.src);
        if (!src || !el.contentWindow) continue;
        if (src === el.src) el.contentWindow.postMessage({ type: '${PING_MESSAGE}' }, origin);
        else
          try {
            el.contentWindow.location.href;
            el.addEventListener('load', replacer(el, src), { once: true });
          } catch (e) {
            replacer(el, src)();
          }
      } else if ((src = frameUrl(el.getAttribute('data-thidua-embed')))) {
        f = d.createElement('iframe');
        f.setAttribute('loading', 'lazy');
        f.setAttribute('data-thidua-embed', '');
        f.setAttribute(done, '');
        f.title = el.textContent.trim();
        f.width = '100%';
        f.height = '480';
        f.style.cssText = 'border:0;max-width:100%';
        f.src = src;
        el.parentNode.replaceChild(f, el);
      }
    }
  }
  if (!w[flag]) {
    w[flag] = 1;
    w.addEventListener('message', function (e) {
      var m = e.data, list = d.querySelectorAll('iframe[data-thidua-embed]'), i;
      if (e.origin !== origin || !m || m.type !== '${HEIGHT_MESSAGE}' || !(m.height > 0)) return;
      for (i = 0; i < list.length; i++) if (list[i].contentWindow === e.source) list[i].style.height = Math.min(Math.ceil(m.height), 20000) + 'px';
    });
  }
  scan();
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', scan);
})();
`)

/** Strong validator for conditional requests: the script only changes with a deploy. */
export const LOADER_ETAG = `"${createHash('sha256').update(LOADER_SOURCE).digest('base64url').slice(0, 22)}"`
