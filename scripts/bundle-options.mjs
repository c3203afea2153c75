// How every shipped bundle is made, shared by build.mjs and the benchmark's variant builds so a
// bench build is the shipped build with only its data swapped.
import { preactWithoutHtml } from './preact-without-html.mjs';

/** Generated data the bundles import by name (`backstory:<key>`); never committed. */
export function virtualModules(data) {
  return {
    name: 'backstory-generated',
    setup(build) {
      build.onResolve({ filter: /^backstory:/ }, (args) => ({ path: args.path, namespace: 'backstory' }));
      build.onLoad({ filter: /.*/, namespace: 'backstory' }, (args) => {
        const key = args.path.slice('backstory:'.length);
        if (!Object.hasOwn(data, key)) return { errors: [{ text: `no generated module ${args.path}` }] };
        return { contents: JSON.stringify(data[key]), loader: 'json' };
      });
    },
  };
}

/** esbuild options for the extension's bundles, given the generated data. */
export function bundleOptions(data) {
  return {
    bundle: true,
    format: 'iife',
    target: ['chrome105', 'firefox140'],
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    plugins: [virtualModules(data), preactWithoutHtml()],
  };
}
