import type { Bounds, Ymd } from './parseDate.ts';

/** A date found by one signal, before the signals are weighed against each other. */
export interface Candidate {
  ymd: Ymd;
  /** e.g. 'meta:article:published_time', 'json-ld:datePublished', 'time[datetime]', 'url', 'text' */
  source: string;
  /** true for modified/updated dates: a fallback only, the brief is the original publication */
  modified?: boolean;
  /** a machine timestamp written in UTC, whose day may differ from the local one */
  utc?: boolean;
}

export interface Context {
  bounds: Bounds;
  /** numeric dates on this page read month-first (US English) */
  monthFirst: boolean;
}
