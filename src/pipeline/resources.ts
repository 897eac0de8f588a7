// Shared resources (models, gazetteers, the reference date) injected into annotators when a pipeline
// is built. Loaded once per pipeline on first request and reused: no module-level singletons.

export class Resources {
  private readonly cache = new Map<string, unknown>();

  /** The resource `name`, loading it with `load` the first time. */
  get<T>(name: string, load: () => T): T {
    if (this.cache.has(name)) return this.cache.get(name) as T;
    const value = load();
    this.cache.set(name, value);
    return value;
  }

  has(name: string): boolean {
    return this.cache.has(name);
  }
}
