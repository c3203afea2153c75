// The options page's styles, added by index.tsx as one <style> (the build copies pages and scripts,
// not stylesheets). Light and dark follow the system; every focusable thing shows a 3px outline.

const LIGHT = `
  --bg: #f4f5f7; --card: #ffffff; --fg: #1b1c1f; --muted: #54575e; --rule: #d5d8de;
  --accent: #0b57d0; --accent-fg: #ffffff; --focus: #0b57d0; --error: #b3261e; --warning: #8a5100;
  --ok: #146c2e; --danger: #b3261e; --report-bg: #fff4e5; --report-rule: #e0a84a;`;

const DARK = `
  --bg: #121212; --card: #1e1f22; --fg: #e8e9ed; --muted: #b2b5bc; --rule: #44474e;
  --accent: #9cc0ff; --accent-fg: #0b1d3a; --focus: #9cc0ff; --error: #ffb4ab; --warning: #ffcc80;
  --ok: #8fd6a0; --danger: #ffb4ab; --report-bg: #2d2416; --report-rule: #8a6a2a;`;

export const OPTIONS_CSS = `
:root {${LIGHT} color-scheme: light; }
@media (prefers-color-scheme: dark) { :root {${DARK} color-scheme: dark; } }

*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 400 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
}
.options { max-inline-size: 46rem; margin: 0 auto; padding: 24px 16px 64px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.1rem; margin: 0 0 12px; }
.top { margin-block-end: 16px; }
.card, .report { background: var(--card); border: 1px solid var(--rule); border-radius: 10px; padding: 16px 20px; margin-block: 16px; }
.report { background: var(--report-bg); border-color: var(--report-rule); }
.report ul { margin: 0 0 8px; padding-inline-start: 20px; }
.report p { margin: 0 0 8px; }

.field { border: 0; margin: 0; padding: 0; margin-block-end: 10px; min-inline-size: 0; }
.field:last-child { margin-block-end: 0; }
.label { display: block; font-weight: 600; padding: 0; }
.hint, .note { color: var(--muted); margin: 2px 0 6px; font-size: 0.92rem; }
.field.toggle { display: grid; grid-template-columns: auto 1fr; column-gap: 10px; align-items: start; }
.field.toggle > input { margin: 4px 0 0; inline-size: 18px; block-size: 18px; }
.field.toggle > .hint, .field.toggle > .message { grid-column: 2; }
.choices { display: flex; flex-wrap: wrap; gap: 6px 20px; margin-block: 4px; }
.choice { display: inline-flex; align-items: center; gap: 8px; cursor: pointer; }
.choice input { inline-size: 18px; block-size: 18px; margin: 0; }

input[type='text'], textarea, select {
  font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--muted);
  border-radius: 6px; padding: 5px 8px;
}
textarea { inline-size: 100%; resize: vertical; font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.92rem; }
.number { display: inline-flex; align-items: center; gap: 10px; }
.range { color: var(--muted); font-size: 0.92rem; }
input[aria-invalid='true'], textarea[aria-invalid='true'] { border-color: var(--error); border-width: 2px; }
input[type='color'] { inline-size: 44px; block-size: 34px; padding: 2px; border: 1px solid var(--muted); border-radius: 6px; background: var(--card); }

.message { margin: 4px 0 0; min-block-size: 1.5em; font-size: 0.92rem; }
.message[data-kind='error'] { color: var(--error); font-weight: 600; }
.message[data-kind='saved'] { color: var(--ok); }
.message[data-kind='saving'] { color: var(--muted); }

.style-row { display: grid; grid-template-columns: 9rem auto auto auto 1fr; gap: 6px 10px; align-items: center; margin-block: 8px; }
.style-name { font-weight: 500; }
.style-note { grid-column: 2 / -1; margin: 0; font-size: 0.9rem; min-block-size: 0; }
.style-note:empty { display: none; }
.style-note[data-kind='warning'] { color: var(--warning); }
.style-note[data-kind='error'] { color: var(--error); font-weight: 600; }
.color-code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; }
.preview { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin-block: 12px 4px; }
.page { border-radius: 8px; padding: 10px 12px; border: 1px solid var(--rule); }
.page.light { background: #ffffff; color: #1b1c1f; color-scheme: light; }
.page.dark { background: #121212; color: #e8e9ed; color-scheme: dark; }
.page-name { display: block; font-size: 0.8rem; opacity: 0.75; }
.sample { margin: 4px 0 0; line-height: 1.8; }

button {
  font: inherit; font-weight: 600; color: var(--accent-fg); background: var(--accent);
  border: 1px solid var(--accent); border-radius: 6px; padding: 6px 14px; cursor: pointer;
}
button.danger { color: var(--danger); background: transparent; border-color: var(--danger); }
.buttons { display: flex; flex-wrap: wrap; gap: 10px; margin-block: 8px; }
.backup-message { margin-block-start: 10px; padding: 8px 12px; border-radius: 6px; border-inline-start: 4px solid var(--ok); }
.backup-message[data-kind='refused'] { border-color: var(--error); }
.backup-message[data-kind='refused'] p:first-child { color: var(--error); font-weight: 600; }
.backup-message p { margin: 2px 0; }
dialog { background: var(--card); color: var(--fg); border: 1px solid var(--rule); border-radius: 10px; padding: 20px; max-inline-size: 28rem; }
dialog::backdrop { background: rgb(0 0 0 / 0.5); }

:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.choice:has(input:focus-visible) { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
.visually-hidden {
  position: absolute !important; inline-size: 1px; block-size: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; margin: -1px; padding: 0; border: 0;
}
@media (max-width: 560px) {
  .style-row { grid-template-columns: 1fr auto auto; }
  .style-name { grid-column: 1 / -1; }
  .preview { grid-template-columns: 1fr; }
}
@media (prefers-reduced-motion: no-preference) { .message[data-kind='saved'] { transition: color 0.2s; } }
`;
