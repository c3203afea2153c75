// The popup's styles, added by index.tsx as one <style>. Light and dark follow the system unless the
// `theme` setting picks one (html[data-theme]); every focusable thing shows a 3px outline.

const LIGHT = `
  --bg: #f4f5f7; --card: #ffffff; --fg: #1b1c1f; --muted: #54575e; --rule: #d5d8de;
  --accent: #0b57d0; --accent-fg: #ffffff; --focus: #0b57d0; --error: #b3261e;
  --hover: #eef2fb; --count-bg: #e3e8f4; --count-fg: #1b2a4a; --track: #8a8f98;`;

const DARK = `
  --bg: #121212; --card: #1e1f22; --fg: #e8e9ed; --muted: #b2b5bc; --rule: #44474e;
  --accent: #9cc0ff; --accent-fg: #0b1d3a; --focus: #9cc0ff; --error: #ffb4ab;
  --hover: #2a2f3a; --count-bg: #30384a; --count-fg: #dfe6f6; --track: #80858f;`;

export const POPUP_CSS = `
:root {${LIGHT} color-scheme: light; }
@media (prefers-color-scheme: dark) { :root:not([data-theme='light']) {${DARK} color-scheme: dark; } }
:root[data-theme='dark'] {${DARK} color-scheme: dark; }

*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--fg); inline-size: 360px;
  font: 400 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
}
.popup { padding: 12px; }
.top { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; margin-block-end: 8px; }
h1 { font-size: 1.15rem; margin: 0; }
.host { margin: 0; color: var(--muted); overflow-wrap: anywhere; text-align: end; }
h2 { font-size: 0.95rem; margin: 0 0 6px; }
h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 10px 0 4px; }
.muted { font-weight: 400; }
.card { background: var(--card); border: 1px solid var(--rule); border-radius: 10px; padding: 10px 12px; margin-block-end: 10px; }
.state, .summary { margin: 0 0 4px; }
.hint { color: var(--muted); margin: 2px 0 0; font-size: 0.88rem; }
.entities { list-style: none; margin: 0; padding: 0; max-block-size: 260px; overflow-y: auto; }
.entity {
  display: flex; align-items: center; justify-content: space-between; gap: 8px; inline-size: 100%;
  font: inherit; color: var(--fg); background: transparent; border: 0; border-radius: 6px;
  padding: 5px 6px; text-align: start; cursor: pointer;
}
.entity:hover { background: var(--hover); }
.entity .name { overflow-wrap: anywhere; }
.count {
  flex: none; min-inline-size: 1.8em; padding: 0 6px; border-radius: 999px; text-align: center;
  background: var(--count-bg); color: var(--count-fg); font-variant-numeric: tabular-nums; font-size: 0.85rem;
}
.switch-row { display: grid; grid-template-columns: auto 1fr; column-gap: 10px; align-items: center; padding-block: 5px; }
.switch-row > .hint { grid-column: 2; }
.switch-row label { cursor: pointer; overflow-wrap: anywhere; }
.switch {
  appearance: none; margin: 0; inline-size: 34px; block-size: 20px; border-radius: 999px; position: relative;
  background: var(--track); cursor: pointer; transition: background 0.15s;
}
.switch::after {
  content: ''; position: absolute; inset-block-start: 3px; inset-inline-start: 3px; inline-size: 14px; block-size: 14px;
  border-radius: 50%; background: #ffffff; transition: transform 0.15s;
}
.switch:checked { background: var(--accent); }
.switch:checked::after { transform: translateX(14px); background: var(--accent-fg); }
.error { color: var(--error); font-weight: 600; margin: 0 0 10px; }
.footer { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; color: var(--muted); font-size: 0.85rem; }
.footer p { margin: 0; }
.link { font: inherit; color: var(--accent); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; flex: none; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
/* Inside the scrolling list an outer ring would be clipped. */
.entity:focus-visible { outline-offset: -3px; }
.visually-hidden {
  position: absolute !important; inline-size: 1px; block-size: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; margin: -1px; padding: 0; border: 0;
}
@media (prefers-reduced-motion: reduce) { .switch, .switch::after { transition: none; } }
@media (forced-colors: active) { .switch { border: 1px solid CanvasText; } .switch:checked::after { background: Canvas; } }
`;
