/** The units a duration is written in, from the panel's texts (e.g. "{n} min"). */
export interface DurationUnits {
  seconds: (n: number) => string;
  minutes: (n: number) => string;
  hours: (n: number) => string;
  days: (n: number) => string;
}

/**
 * A duration as people say it, to the two largest units: "45 s", "7 min", "2 h 5 min", "3 d 4 h".
 * Null (nothing measured) is a dash.
 */
export function humanDuration(seconds: number | null, u: DurationUnits): string {
  if (seconds === null) return '—';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return u.seconds(s);
  const minutes = Math.round(s / 60);
  if (minutes < 60) return u.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${u.hours(hours)} ${u.minutes(minutes % 60)}` : u.hours(hours);
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${u.days(days)} ${u.hours(hours % 24)}` : u.days(days);
}
