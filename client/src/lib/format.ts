/** Locale-aware formatting of what the API returns. */

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A calendar date such as "26 November 2025" / "26 ноября 2025 г.". */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** A whole number with the locale's digit grouping. */
export function formatNumber(value: number, locale: string): string {
  // Below a thousand no language we speak groups or changes the digits, and building the first
  // Intl.NumberFormat of a page costs a phone tens of milliseconds: most counts never need one.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const shortDateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date with the time, for tooltips: "26 November 2025 at 14:05". */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
];

/**
 * How long ago, the way forum lists say it: "just now", "5 min. ago", "3 days ago"; older than a
 * month, the short date ("12 Mar" / "12 мар.", with the year when it is not this year).
 */
export function formatRelative(iso: string, locale: string, now: number = Date.now()): string {
  const date = new Date(iso);
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((now - time) / 1000);
  let relative = relativeFormats.get(locale);
  if (!relative) {
    relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    relativeFormats.set(locale, relative);
  }
  if (seconds < 45) return relative.format(0, 'second');
  if (seconds < 30 * 24 * 60 * 60) {
    let unit: [Intl.RelativeTimeFormatUnit, number] = UNITS[0]!;
    for (const candidate of UNITS) if (seconds >= candidate[1]) unit = candidate;
    return relative.format(-Math.max(1, Math.round(seconds / unit[1])), unit[0]);
  }
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  const key = `${locale}:${sameYear}`;
  let format = shortDateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' });
    shortDateFormats.set(key, format);
  }
  return format.format(date);
}
