// Shared resources (models, gazetteers, the reference date) injected into annotators when a pipeline
// is built. Loaded once per pipeline on first request and reused: no module-level singletons.

/** What loading one resource cost: wall time and the growth of the heap and external memory. */
export interface ResourceLoad {
  name: string;
  ms: number;
  /** heap + external bytes after minus before, in MB (an estimate: the collector may run in between) */
  mb: number;
}

export class Resources {
  private readonly cache = new Map<string, unknown>();
  /** one entry per resource loaded, in load order (read by `npm run bench`) */
  readonly loads: ResourceLoad[] = [];

  /** The resource `name`, loading it with `load` the first time. */
  get<T>(name: string, load: () => T): T {
    if (this.cache.has(name)) return this.cache.get(name) as T;
    const m0 = process.memoryUsage();
    const t0 = performance.now();
    const value = load();
    const ms = performance.now() - t0;
    const m1 = process.memoryUsage();
    const mb = (m1.heapUsed + m1.external - m0.heapUsed - m0.external) / 1e6;
    this.loads.push({ name, ms: Math.round(ms), mb: Math.round(mb) });
    this.cache.set(name, value);
    return value;
  }

  has(name: string): boolean {
    return this.cache.has(name);
  }
}
