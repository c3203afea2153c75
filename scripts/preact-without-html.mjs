// An esbuild plugin: Preact without its one HTML sink, so the bundles write no markup as HTML.
//
// Preact's diff has a single `dom.innerHTML = props.dangerouslySetInnerHTML.__html`, and it is the
// only innerHTML write in our bundles (addons-linter's UNSAFE_VAR_ASSIGNMENT, once per bundle).
// Preact has no build or flag without it. We never use that prop, so the plugin
//   1. proves it: any module but Preact's own that names `dangerouslySetInnerHTML` fails the build;
//   2. replaces the write with a throw, so a prop arriving anyway (a spread of data) is an error, not
//      HTML in a page. The rest of Preact is byte for byte the published file.
// The pattern must match exactly once: a Preact upgrade that moves the code fails the build here,
// rather than shipping the sink again or patching the wrong statement.
import { readFile } from 'node:fs/promises';

const PREACT_CORE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/;
const PREACT_ANY = /[\\/]node_modules[\\/]preact[\\/]/;
// Minified `(dom.innerHTML=newHtml.__html)` in dist/preact.mjs (src/diff/index.js, diffElementNodes).
const HTML_WRITE = /\(([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\)/g;
const REFUSAL = '(()=>{throw Error("Backstory: dangerouslySetInnerHTML is not supported (scripts/preact-without-html.mjs)")})()';
const PROP = 'dangerouslySetInnerHTML';

export function preactWithoutHtml() {
  return {
    name: 'preact-without-html',
    setup(build) {
      build.onLoad({ filter: PREACT_CORE, namespace: 'file' }, async (args) => {
        const code = await readFile(args.path, 'utf8');
        const writes = code.match(HTML_WRITE) ?? [];
        if (writes.length !== 1) {
          return { errors: [{ text: `${args.path}: expected one innerHTML write in Preact, found ${writes.length}; see scripts/preact-without-html.mjs` }] };
        }
        return { contents: code.replace(HTML_WRITE, REFUSAL), loader: 'js' };
      });
      build.onLoad({ filter: /\.(m?js|tsx?)$/, namespace: 'file' }, async (args) => {
        if (PREACT_ANY.test(args.path)) return undefined;
        const code = await readFile(args.path, 'utf8');
        const at = code.indexOf(PROP);
        if (at < 0) return undefined; // esbuild loads it as usual
        const line = code.slice(0, at).split('\n').length;
        return { errors: [{ text: `${PROP} is not allowed: Preact's HTML sink is removed (scripts/preact-without-html.mjs)`, location: { file: args.path, line } }] };
      });
    },
  };
}
