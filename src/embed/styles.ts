/**
 * The only CSS an embed carries: system fonts (nothing to download), two
 * themes on one set of custom properties, and a compact density. Static, so
 * the page's CSP can allow it by hash like the script.
 */
export const EMBED_CSS = [
  ':root{color-scheme:light;--bg:#fff;--fg:#1d1b19;--muted:#5f5a54;--line:#e4dfd8;--accent:#a3141c;--soft:#f7f3ee}',
  '.dark{color-scheme:dark;--bg:#16181b;--fg:#ecebe8;--muted:#aaa59e;--line:#34373c;--accent:#ff8a80;--soft:#202328}',
  'html,body{margin:0;background:var(--bg);color:var(--fg)}',
  'body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;padding:16px;overflow-wrap:break-word}',
  '.compact body{font-size:15px;padding:12px}',
  'a{color:var(--accent)}',
  'h1,h2,h3{line-height:1.3;margin:0 0 .4em}h1{font-size:1.35em}h2{font-size:1.1em}h3{font-size:1em}',
  '.compact h1{font-size:1.15em}',
  'p,ul,ol,blockquote{margin:0 0 .8em}',
  'img{max-width:100%;height:auto;border-radius:6px}',
  'figure{margin:0 0 .8em}figcaption,.meta,.src{color:var(--muted);font-size:.875em}',
  '.src{border-top:1px solid var(--line);margin:1em 0 0;padding-top:.6em}',
  '.items{list-style:none;padding:0}.items li{border-top:1px solid var(--line);padding:.6em 0}.items li:first-child{border-top:0}',
  '.items p{margin:.2em 0 0}',
  '.card{display:flex;gap:14px;align-items:flex-start}.card img{flex:none;width:96px;height:96px;object-fit:cover}',
  '.compact .card img{width:64px;height:64px}',
  '.tag{display:inline-block;background:var(--soft);border:1px solid var(--line);border-radius:99px;padding:0 .6em;font-size:.8em}',
  '.note{background:var(--soft);border-radius:6px;padding:.4em .7em;font-size:.875em}',
].join('')
