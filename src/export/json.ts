// JSON and JSONL writers. JSON is one object {schema, documents, errors}, streamed document by
// document so a large batch never sits in memory as one string; JSONL is one document per line and
// one {"id", "error"} line per failed document, so nothing is lost when output goes to a file.

import type { DocJSON, LayerName } from '../doc/types.ts';
import type { ErrorRecord } from '../pipeline/errors.ts';

export const BATCH_SCHEMA_VERSION = 'newsgraph.batch/1';

/** A copy of the document JSON with only the chosen layers (all when `layers` is undefined). */
export function selectLayers(doc: DocJSON, layers?: readonly LayerName[]): DocJSON {
  if (!layers) return doc;
  const kept: DocJSON['layers'] = {};
  const provenance: DocJSON['provenance'] = {};
  for (const name of layers) {
    if (doc.layers[name] !== undefined) (kept as Record<string, unknown>)[name] = doc.layers[name];
    if (doc.provenance[name]) provenance[name] = doc.provenance[name];
  }
  return { ...doc, layers: kept, provenance };
}

export function errorLine(error: ErrorRecord): string {
  const { id, ...rest } = error;
  return JSON.stringify({ id, error: rest });
}

export interface Sink {
  write(chunk: string): void;
}

export class JsonlWriter {
  constructor(private readonly out: Sink) {}
  doc(doc: DocJSON): void {
    this.out.write(`${JSON.stringify(doc)}\n`);
  }
  error(error: ErrorRecord): void {
    this.out.write(`${errorLine(error)}\n`);
  }
  end(): void {}
}

export class JsonWriter {
  private count = 0;
  private readonly errors: ErrorRecord[] = [];
  constructor(private readonly out: Sink) {
    this.out.write(`{"schema":${JSON.stringify(BATCH_SCHEMA_VERSION)},"documents":[\n`);
  }
  doc(doc: DocJSON): void {
    this.out.write(`${this.count++ ? ',\n' : ''}${JSON.stringify(doc)}`);
  }
  error(error: ErrorRecord): void {
    this.errors.push(error);
  }
  end(): void {
    this.out.write(`\n],"errors":${JSON.stringify(this.errors)}}\n`);
  }
}
