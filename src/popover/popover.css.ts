// The popover's styles, for the shadow root the content script creates (its host is reset with
// `all: initial` there). Themes: `data-theme="light"|"dark"` on the host or on .popover; with
// neither, prefers-color-scheme decides. Logical properties only, so dir="auto" text lays out
// either way; no url() or @import, as Backstory makes no network requests.

const LIGHT = `
  --bs-bg: #ffffff; --bs-fg: #1b1c1f; --bs-muted: #54575e; --bs-rule: #d5d8de;
  --bs-mark-bg: #fff0a0; --bs-mark-fg: #1b1c1f; --bs-accent: #0b57d0; --bs-focus: #0b57d0;
  --bs-shadow: 0 6px 24px rgb(0 0 0 / 0.18), 0 1px 3px rgb(0 0 0 / 0.12);`;

const DARK = `
  --bs-bg: #202124; --bs-fg: #e8e9ed; --bs-muted: #b2b5bc; --bs-rule: #44474e;
  --bs-mark-bg: #5e4b00; --bs-mark-fg: #fff4c2; --bs-accent: #9cc0ff; --bs-focus: #9cc0ff;
  --bs-shadow: 0 6px 24px rgb(0 0 0 / 0.5), 0 1px 3px rgb(0 0 0 / 0.4);`;

export const POPOVER_CSS = `
:host, .popover[data-theme='light'] {${LIGHT} color-scheme: light; }
:host([data-theme='dark']), .popover[data-theme='dark'] {${DARK} color-scheme: dark; }
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme])) {${DARK} color-scheme: dark; }
}

*, *::before, *::after { box-sizing: border-box; }

.popover {
  display: block; max-inline-size: 360px; min-inline-size: 240px; max-block-size: min(70vh, 480px);
  overflow: auto; overscroll-behavior: contain; padding: 12px 14px;
  background: var(--bs-bg); color: var(--bs-fg); border: 1px solid var(--bs-rule); border-radius: 8px;
  box-shadow: var(--bs-shadow); text-align: start; overflow-wrap: break-word;
  font: 400 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
}

.header { display: flex; align-items: center; flex-wrap: wrap; column-gap: 8px; }
.name { margin: 0; flex: 1 1 auto; min-inline-size: 0; font-size: 16px; font-weight: 650; line-height: 1.3; }
.type { display: inline-flex; align-items: center; gap: 4px; color: var(--bs-muted); font-size: 12px; }
.type-icon { flex: none; inline-size: 14px; block-size: 14px; }
.aliases { margin: 2px 0 0; color: var(--bs-muted); font-size: 13px; }

.facts { list-style: none; margin: 10px 0 0; padding: 0; }
.fact + .fact { margin-block-start: 10px; padding-block-start: 10px; border-block-start: 1px solid var(--bs-rule); }
.fact-text { margin: 0; }
mark { background: var(--bs-mark-bg); color: var(--bs-mark-fg); border-radius: 2px; padding-inline: 1px; }
.source { margin: 4px 0 0; color: var(--bs-muted); font-size: 12.5px; }
.source-article { font-style: italic; }
.empty { margin: 10px 0 0; color: var(--bs-muted); }

button { font: inherit; color: inherit; cursor: pointer; margin: 0; }
.open-article, .show-all {
  background: none; border: 0; padding: 2px 0; min-block-size: 24px;
  color: var(--bs-accent); font-size: 13px; text-decoration: underline; text-underline-offset: 2px;
}
.show-all { display: block; margin-block-start: 10px; font-weight: 600; }
/* 24px: the WCAG 2.5.8 minimum target. */
.close {
  flex: none; margin-inline-start: auto; inline-size: 24px; block-size: 24px; padding: 0;
  background: none; border: 0; border-radius: 4px; color: var(--bs-muted); font-size: 18px; line-height: 1;
}
.close:hover { color: var(--bs-fg); background: var(--bs-rule); }

:focus { outline: none; }
:focus-visible { outline: 2px solid var(--bs-focus); outline-offset: 2px; border-radius: 2px; }

@media (forced-colors: active) {
  .popover { border-color: CanvasText; }
  mark { background: Mark; color: MarkText; }
  :focus-visible { outline-color: Highlight; }
}

@media (prefers-reduced-motion: no-preference) {
  .popover { animation: backstory-popover-in 120ms ease-out; }
}
@keyframes backstory-popover-in { from { opacity: 0; } to { opacity: 1; } }
`;
