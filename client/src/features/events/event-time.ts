/**
 * Event times as a person reads them: in their own time zone with the zone named, and, when the
 * event is planned in another zone, its local time there too ("18:00 in Europe/Berlin").
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions, zone?: string): Intl.DateTimeFormat {
  const key = `${locale}|${zone ?? ''}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, ...(zone ? { timeZone: zone } : {}) });
    formats.set(key, f);
  }
  return f;
}

export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "Thu, 26 March 2026, 18:00 CET" in the viewer's zone. */
export function eventWhen(iso: string, locale: string): string {
  return format(locale, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));
}

/** "18:00" in the viewer's zone. */
export function eventClock(iso: string, locale: string, zone?: string): string {
  return format(locale, { hour: '2-digit', minute: '2-digit' }, zone).format(new Date(iso));
}

/** The time in the event's own zone when it differs from the viewer's, else null. */
export function inEventZone(iso: string, zone: string, locale: string): string | null {
  if (zone === viewerZone()) return null;
  return format(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }, zone).format(new Date(iso));
}

/** Day key yyyy-mm-dd of an instant in the viewer's zone. */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
