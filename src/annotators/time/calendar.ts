// Calendar arithmetic for TIMEX3 values, in UTC days (no clock, no local time zone).

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function toDays(a: Ymd): number {
  return Math.floor(Date.UTC(a.y, a.m - 1, a.d) / DAY_MS);
}

export function fromDays(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDays(toDays(a) + n);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function weekday(a: Ymd): number {
  const w = new Date(toDays(a) * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12 + 12) % 12 + 1 };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => (n < 0 ? String(n) : String(n).padStart(4, '0'));

export function fmtDay(a: Ymd): string {
  return `${pad4(a.y)}-${pad2(a.m)}-${pad2(a.d)}`;
}

export function fmtWeek(a: Ymd): string {
  const w = isoWeek(a);
  return `${pad4(w.y)}-W${pad2(w.w)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parse YYYY-MM-DD (the document's reference date). */
export function parseYmd(s: string | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const a = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return validDay(a.y, a.m, a.d) ? a : null;
}
