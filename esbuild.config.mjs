import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';

const production = process.argv[2] === 'production';
const here = (p) => fileURLToPath(new URL(p, import.meta.url));

const banner = '/* Meeting Intelligence — bundled plugin. Source: src/plugin/main.ts */';

/**
 * js-yaml (inside gray-matter) probes for Node's `buffer` and for `esprima` with a
 * run-time `require`, for YAML types we never accept (binary and JS functions).
 * Obsidian mobile has neither module: the plugin must not ask for them at all.
 */
const noNodeProbes = {
  name: 'no-node-probes',
  setup(build) {
    build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/](?:binary|js[\\/]function)\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const patched = source.replace(/var _require = require;/, "var _require = function () { throw new Error('not available'); };");
      if (patched === source) throw new Error(`js-yaml changed: no run-time require probe found in ${args.path}`);
      return { contents: patched, loader: 'js' };
    });
  },
};

/** The Obsidian plugin: CommonJS, `obsidian` and CodeMirror provided by the app, no Node built-ins. */
const plugin = {
  entryPoints: ['src/plugin/main.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2020',
  outfile: 'main.js',
  banner: { js: banner },
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
  // gray-matter requires `fs` (for matter.read, unused) and calls Buffer.from: neither exists on mobile.
  alias: { fs: here('./src/shims/empty.ts') },
  define: { Buffer: 'BufferShim', 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  inject: [here('./src/shims/buffer.ts')],
  plugins: [noNodeProbes],
  logLevel: 'info',
  sourcemap: production ? false : 'inline',
  treeShaking: true,
  minify: production,
};

/** The command line: an ES module for Node. */
const cli = {
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: 'dist/cli.mjs',
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __mi_createRequire } from 'node:module'; const require = __mi_createRequire(import.meta.url);",
  },
  external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
  logLevel: 'info',
};

if (production) {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
} else {
  const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
  await Promise.all(contexts.map((c) => c.watch()));
}
