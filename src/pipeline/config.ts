// Validated annotator configuration: each annotator declares its options with types and defaults,
// and a pipeline refuses unknown keys or wrong types when it is built, not halfway through a batch.

import { PipelineConfigError } from './errors.ts';

export type OptionSpec =
  | { type: 'number'; default: number; description: string; min?: number; max?: number }
  | { type: 'integer'; default: number; description: string; min?: number; max?: number }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; description: string; values?: readonly string[]; pattern?: RegExp }
  | { type: 'string[]'; default: readonly string[]; description: string };

export type ConfigSpec = Record<string, OptionSpec>;

/** The config object type a spec describes. */
export type ConfigOf<S extends ConfigSpec> = {
  [K in keyof S]: S[K] extends { type: 'boolean' }
    ? boolean
    : S[K] extends { type: 'number' | 'integer' }
      ? number
      : S[K] extends { type: 'string[]' }
        ? readonly string[]
        : string;
};

function checkOption(owner: string, key: string, spec: OptionSpec, value: unknown): unknown {
  const where = `${owner}: option "${key}"`;
  switch (spec.type) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || Number.isNaN(value)) throw new PipelineConfigError(`${where} must be a number, got ${JSON.stringify(value)}`);
      if (spec.type === 'integer' && !Number.isInteger(value)) throw new PipelineConfigError(`${where} must be an integer, got ${value}`);
      if (spec.min !== undefined && value < spec.min) throw new PipelineConfigError(`${where} must be >= ${spec.min}, got ${value}`);
      if (spec.max !== undefined && value > spec.max) throw new PipelineConfigError(`${where} must be <= ${spec.max}, got ${value}`);
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw new PipelineConfigError(`${where} must be true or false, got ${JSON.stringify(value)}`);
      return value;
    case 'string':
      if (typeof value !== 'string') throw new PipelineConfigError(`${where} must be a string, got ${JSON.stringify(value)}`);
      if (spec.values && !spec.values.includes(value)) throw new PipelineConfigError(`${where} must be one of ${spec.values.join(', ')}, got "${value}"`);
      if (spec.pattern && !spec.pattern.test(value)) throw new PipelineConfigError(`${where} has the wrong form: "${value}"`);
      return value;
    case 'string[]':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new PipelineConfigError(`${where} must be a list of strings`);
      return Object.freeze([...value]);
  }
}

/** Defaults overlaid with the given values, each checked against the spec. */
export function validateConfig<S extends ConfigSpec>(owner: string, spec: S, given: Record<string, unknown> = {}): ConfigOf<S> {
  for (const key of Object.keys(given)) {
    if (!(key in spec)) {
      const known = Object.keys(spec);
      throw new PipelineConfigError(`${owner}: unknown option "${key}"${known.length ? ` (options: ${known.join(', ')})` : ' (it takes no options)'}`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, optionSpec] of Object.entries(spec)) {
    out[key] = key in given ? checkOption(owner, key, optionSpec, given[key]) : optionSpec.default;
  }
  return Object.freeze(out) as ConfigOf<S>;
}
