/**
 * Dates and times as council papers print them, turned into ISO strings.
 * Every pattern is anchored on word boundaries and has bounded repeats, so scanning long or
 * hostile lines stays linear.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** Full or abbreviated month names ("Sept", "Sept.", "September"). */
const MONTH_NAME =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
/**
 * A day as printed: "6", "06", "6th", "6 th", and OCR's "61" for "6th" (the "th" read as "1";
 * only accepted where the two digits cannot be a day, see dayFrom).
 */
const DAY = '(\\d{1,2})(?:\\s?(?:st|nd|rd|th))?';
const YEAR = '(\\d{4})';

const DAY_MONTH_YEAR = /* @__PURE__ */ new RegExp(`\\b${DAY}\\s{1,3}${MONTH_NAME},?\\s{1,3}${YEAR}\\b`, 'i');
const MONTH_DAY_YEAR = /* @__PURE__ */ new RegExp(`\\b${MONTH_NAME}\\s{1,3}${DAY},?\\s{1,3}${YEAR}\\b`, 'i');
const NUMERIC_DMY = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** A date without a year ("Tuesday 6th May"): only resolved against a reference date. */
const DAY_MONTH = /* @__PURE__ */ new RegExp(`\\b${DAY}\\s{1,3}${MONTH_NAME}\\b`, 'i');

interface DateHit {
  iso: string;
  index: number;
  length: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthFrom(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

/** "61" cannot be a day: OCR read "6th" as "61", so keep the first digit. */
function dayFrom(digits: string): number {
  const day = Number(digits);
  if (day > 31 && digits.length === 2 && digits.endsWith('1')) return Number(digits[0]);
  return day;
}

function isoIfValid(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2199) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/**
 * The day and year that end every MONTH_DAY_YEAR date ("June 26, 2025"). That form tries each
 * month name at every word, the dearest scan for dates, and most texts have no day before a year.
 */
const DAY_BEFORE_YEAR = /* @__PURE__ */ new RegExp(`${DAY},?\\s{1,3}${YEAR}\\b`, 'i');

interface DateForm {
  global: RegExp;
  /** A cheaper pattern every match of `global` contains: without it, `global` is not tried. */
  needs?: RegExp;
  toIso: (m: RegExpExecArray) => string | null;
}

/** Every date form we read, in the order a match is tried; each returns null when invalid. */
const DATE_FORMS: DateForm[] = [
  {
    global: /* @__PURE__ */ new RegExp(DAY_MONTH_YEAR, 'gi'),
    toIso: (m) => isoIfValid(Number(m[3]), monthFrom(m[2]!), dayFrom(m[1]!)),
  },
  {
    global: /* @__PURE__ */ new RegExp(MONTH_DAY_YEAR, 'gi'),
    needs: DAY_BEFORE_YEAR,
    toIso: (m) => isoIfValid(Number(m[3]), monthFrom(m[1]!), dayFrom(m[2]!)),
  },
  {
    global: /* @__PURE__ */ new RegExp(ISO, 'gi'),
    toIso: (m) => isoIfValid(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    global: /* @__PURE__ */ new RegExp(NUMERIC_DMY, 'gi'),
    toIso: (m) => isoIfValid(fullYear(m[3]!), Number(m[2]), Number(m[1])),
  },
];

/** All dates in a text with their positions, in order of appearance. */
export function findDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  if (!/\d/.test(text)) return hits;
  for (const { global, needs, toIso } of DATE_FORMS) {
    if (needs && !needs.test(text)) continue;
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      const iso = toIso(m);
      const overlaps = hits.some((h) => m!.index < h.index + h.length && h.index < m!.index + m![0].length);
      if (iso && !overlaps) hits.push({ iso, index: m.index, length: m[0].length });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The first date in the text as "YYYY-MM-DD", or null. UK day-first order for numeric dates. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/**
 * A day and month without a year ("Tuesday 6th May") resolved to the latest such date not after
 * `notAfter` (an ISO date): papers cite the last meeting without its year.
 */
export function parseDateWithoutYear(text: string, notAfter: string): string | null {
  const m = DAY_MONTH.exec(text);
  if (!m) return null;
  const year = Number(notAfter.slice(0, 4));
  for (const candidate of [year, year - 1]) {
    const iso = isoIfValid(candidate, monthFrom(m[2]!), dayFrom(m[1]!));
    if (iso && iso <= notAfter) return iso;
  }
  return null;
}

const CLOCK_TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s?([ap])\.?\s?m\b\.?/i;
const TWENTY_FOUR_HOUR = /\b([01]?\d|2[0-3]):([0-5]\d)\b/;
const NOON = /\b(?:12(?:[.:]00)?\s)?noon\b/i;

/** The first time of day in the text as "HH:MM" (24-hour): "5.30 pm" → "17:30", "noon" → "12:00". */
export function parseTime(text: string): string | null {
  const clock = CLOCK_TIME.exec(text);
  if (clock) {
    const hour = Number(clock[1]);
    const minute = Number(clock[2] ?? '0');
    if (hour < 1 || hour > 12 || minute > 59) return null;
    const pm = clock[3]!.toLowerCase() === 'p';
    const hour24 = (hour % 12) + (pm ? 12 : 0);
    return `${pad(hour24)}:${pad(minute)}`;
  }
  if (NOON.test(text)) return '12:00';
  const plain = TWENTY_FOUR_HOUR.exec(text);
  return plain ? `${pad(Number(plain[1]))}:${plain[2]}` : null;
}
