// Benchmark tasks newsgraph answers, and the ones ../shared/bench defines that it does not yet.

import { eventsTask } from './events.ts';
import { gapTask } from './gap.ts';
import { geoTask } from './geo.ts';
import { htmlTask } from './html.ts';
import { nerTask } from './ner.ts';
import { pubdateTask } from './pubdate.ts';
import { quotesTask } from './quotes.ts';
import { timexTask } from './timex.ts';
import type { TaskAdapter } from './types.ts';

export const TASKS: readonly TaskAdapter[] = [quotesTask, htmlTask, pubdateTask, nerTask, gapTask, timexTask, geoTask, eventsTask];

/** Every task of ../shared/bench/README.md, so `npm run eval` can say which are not supported yet. */
export const ALL_TASK_NAMES = ['quotes', 'ner', 'gap', 'events', 'pubdate', 'html', 'timex', 'geo'] as const;

export function findTask(name: string): TaskAdapter | undefined {
  return TASKS.find((t) => t.name === name);
}
