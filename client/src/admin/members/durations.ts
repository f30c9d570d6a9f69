/** How long a silence or suspension lasts, as the dialogs offer it. */
export const DURATIONS = {
  '1h': 60 * 60 * 1000,
  '1d': 24 * 60 * 60 * 1000,
  '3d': 3 * 24 * 60 * 60 * 1000,
  '1w': 7 * 24 * 60 * 60 * 1000,
  '2w': 14 * 24 * 60 * 60 * 1000,
  '1m': 30 * 24 * 60 * 60 * 1000,
  '3m': 90 * 24 * 60 * 60 * 1000,
} as const;

export type DurationKey = keyof typeof DURATIONS | 'custom' | 'forever';

export const DURATION_KEYS = Object.keys(DURATIONS) as Array<keyof typeof DURATIONS>;

/**
 * The moment a duration ends: null for "indefinitely", undefined when a custom moment is
 * missing, unreadable or not in the future.
 */
export function endOf(duration: DurationKey, custom: string, now = Date.now()): Date | null | undefined {
  if (duration === 'forever') return null;
  if (duration === 'custom') {
    const at = new Date(custom);
    return custom && !Number.isNaN(at.getTime()) && at.getTime() > now ? at : undefined;
  }
  return new Date(now + DURATIONS[duration]);
}

/** A `datetime-local` value for a moment, in local time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A sanction's end at or beyond this year means "indefinitely". */
export const FOREVER_YEAR = 9999;

export function isIndefinite(endsAt: string | null): boolean {
  return !!endsAt && new Date(endsAt).getUTCFullYear() >= FOREVER_YEAR;
}
