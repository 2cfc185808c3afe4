/**
 * Builds the browser host: `obsidian-test-mocks` plus the thin layer in `host/` that fills the
 * gaps where the mocks are not faithful to Obsidian, bundled as one IIFE for a plain web page.
 *
 * A few mock modules are patched at build time (see MOCK_PATCHES). Each patch must match exactly
 * once, so an upgrade of obsidian-test-mocks that moves the code fails the build loudly instead
 * of silently testing against the unpatched mock.
 */
import esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/** @type {{ file: RegExp, why: string, find: string, replace: string }[]} */
const MOCK_PATCHES = [
  {
    // Real Obsidian shows no properties when a note's YAML is broken; the mock throws from the
    // metadata cache, which makes App.createConfigured__ fail on the first broken note. It also
    // stores a *strict* empty object as `frontmatter` when the YAML is empty or not a mapping,
    // so `cache.frontmatter?.type` throws instead of being undefined.
    file: /obsidian-test-mocks\/dist\/lib\/esm\/internal\/markdown-parser\.mjs$/,
    why: 'tolerant frontmatter in the metadata cache',
    find: 'const parsed = info.frontmatter.trim() ? parseYaml(info.frontmatter) : null;',
    replace:
      'let parsed = null; try { parsed = info.frontmatter.trim() ? parseYaml(info.frontmatter) : null; } catch { parsed = null; }',
  },
  {
    file: /obsidian-test-mocks\/dist\/lib\/esm\/internal\/markdown-parser\.mjs$/,
    why: 'no strict empty frontmatter object',
    find: 'cache.frontmatter = strictProxy({});',
    replace: '/* Obsidian leaves `frontmatter` undefined here. */',
  },
  {
    // Every mock instance is a Proxy that throws on any property it does not define. For the
    // plugin's own subclasses (its Plugin, views, modals, setting tab) that turns an ordinary
    // read of a not-yet-assigned field into a crash Obsidian would never produce. The host
    // decides per object (see host/strictness.ts); mock-defined objects stay strict.
    file: /obsidian-test-mocks\/dist\/lib\/esm\/internal\/strict-proxy\.mjs$/,
    why: 'lenient reads on plugin-defined subclasses',
    find: 'throw new Error(`Property "${prop}" is not mocked in ${className}.',
    replace:
      'if (globalThis.__e2eLenient?.(target, prop)) { return undefined; }\n      throw new Error(`Property "${prop}" is not mocked in ${className}.',
  },
  {
    // The mock's icon registry starts empty, so setIcon draws nothing and ribbon buttons,
    // headers and empty states collapse. Draw a neutral placeholder for unknown icons instead.
    file: /obsidian-test-mocks\/dist\/lib\/esm\/obsidian\/functions\/setIcon\.mjs$/,
    why: 'placeholder for unknown icons',
    find: 'const svgContent = iconRegistry.get(iconId);',
    replace: 'const svgContent = iconRegistry.get(iconId) ?? globalThis.__e2ePlaceholderIcon?.(iconId);',
  },
];

/** @returns {import('esbuild').Plugin} */
function patchMocks() {
  return {
    name: 'patch-obsidian-test-mocks',
    setup(build) {
      const applied = new Map(MOCK_PATCHES.map((p) => [p, 0]));
      build.onLoad({ filter: /obsidian-test-mocks[\\/]dist[\\/].*\.mjs$/ }, async (args) => {
        const path = args.path.replace(/\\/g, '/');
        const patches = MOCK_PATCHES.filter((p) => p.file.test(path));
        if (patches.length === 0) return undefined;
        let text = await readFile(args.path, 'utf8');
        for (const patch of patches) {
          const count = text.split(patch.find).length - 1;
          if (count !== 1) {
            throw new Error(`mock patch "${patch.why}" matched ${count} times in ${path}; obsidian-test-mocks changed?`);
          }
          text = text.replace(patch.find, () => patch.replace);
          applied.set(patch, (applied.get(patch) ?? 0) + 1);
        }
        return { contents: text, loader: 'js' };
      });
      build.onEnd(() => {
        const missing = [...applied].filter(([, n]) => n === 0).map(([p]) => p.why);
        if (missing.length > 0) throw new Error(`mock patches never applied: ${missing.join(', ')}`);
      });
    },
  };
}

/**
 * Bundles the host and returns its JavaScript text (nothing is written to disk).
 * @returns {Promise<string>}
 */
export async function buildHost() {
  const result = await esbuild.build({
    entryPoints: [here('./host/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    sourcemap: false,
    minify: false,
    legalComments: 'none',
    // The mocks' own dependencies check NODE_ENV; nothing else of Node may leak into the page.
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [patchMocks()],
    logLevel: 'warning',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no host bundle');
  return out.text;
}

/**
 * Bundles the self-test plugin (selftest/plugin.ts) exactly as the real plugin is bundled:
 * CommonJS for the browser with `obsidian` left to the host's `require`.
 * @returns {Promise<string>}
 */
export async function buildSelfTestPlugin() {
  const result = await esbuild.build({
    entryPoints: [here('./selftest/plugin.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2020',
    write: false,
    external: ['obsidian'],
    logLevel: 'warning',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no self-test plugin');
  return out.text;
}
