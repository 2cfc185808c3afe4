export {};

/**
 * `npm run bench`: every benchmark in turn. Each prints its own table with the
 * targets beside the numbers. Pass names to run some only: `npm run bench -- parse graph`.
 */
const benches: Record<string, () => Promise<unknown>> = {
  parse: async () => (await import('./parse')).runParseBench(),
  graph: async () => (await import('./graph')).runGraphBench(),
  people: async () => (await import('./people')).runPeopleBench(),
  mojibake: async () => (await import('./mojibake')).runMojibakeBench(),
  dedupe: async () => (await import('./dedupe')).runDedupeBench(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !(w in benches));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Choose from ${Object.keys(benches).join(', ')}.`);
  process.exit(2);
}

for (const [name, run] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n━━ ${name} ━━`);
  await run();
}
