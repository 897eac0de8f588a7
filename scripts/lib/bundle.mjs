// esbuild options shared by every bundle of the engine (the CLI, the bench, the dev profiler), so
// what is measured is what `newsgraph` runs.
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Node 20 has Unicode property escapes (/\p{L}/u); without this esbuild rewrites each such regex
  // literal into `new RegExp(...)`, built again every time the expression runs (in hot loops too)
  supported: { 'regexp-unicode-property-escapes': true },
  packages: 'external', // dependencies load from node_modules as usual
  logLevel: 'warning',
};
