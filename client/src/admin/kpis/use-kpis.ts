import { computed, reactive } from 'vue';
import { AdminCommunityKpisCsvDocument, AdminCommunityKpisDocument, type AdminCommunityKpisQuery, type CommunityKpisInput, type KpiBucket } from '../generated/graphql';
import { request } from '../../lib/graphql';
import { useQuery } from '../../lib/use-query';

export type Kpis = AdminCommunityKpisQuery['communityKpis'];
export type KpiPoint = Kpis['current']['series'][number];
export type KpiFigures = Kpis['current']['totals'];
/** The figures a card or chart can show (numbers of a bucket or a total). */
export type KpiMetric = Exclude<keyof KpiFigures, never>;

/** The period presets, in days ending today; CUSTOM takes two dates. */
export type PeriodChoice = '7' | '30' | '90' | 'CUSTOM';

export interface KpiControls {
  period: PeriodChoice;
  bucket: KpiBucket;
  /** Custom period, local dates YYYY-MM-DD, both included. */
  from: string;
  to: string;
}

/** A local date as `YYYY-MM-DD`. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight of a `YYYY-MM-DD` date. */
function midnight(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The API input for the controls: whole local days in the browser's time zone; null while a custom period is incomplete. */
export function toInput(c: KpiControls, today = new Date()): CommunityKpisInput | null {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  if (c.period === 'CUSTOM') {
    if (!c.from || !c.to) return null;
    const end = midnight(c.to);
    end.setDate(end.getDate() + 1);
    return { from: midnight(c.from).toISOString(), to: end.toISOString(), bucket: c.bucket, timeZone };
  }
  const end = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1 - Number(c.period));
  return { from: start.toISOString(), to: end.toISOString(), bucket: c.bucket, timeZone };
}

/** Change from `previous` to `current` in per cent; null when there is nothing to compare with. */
export function changePercent(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return ((current - previous) / previous) * 100;
}

/** A CSV cell, quoted; text a spreadsheet would run as a formula is defused. */
function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One series as CSV: a line per bucket with the period's value and the previous period's at the same place. */
export function seriesCsv(kpis: Kpis, metric: KpiMetric): string {
  const lines = [['start', 'end', metric, `previous ${metric}`, 'previous start'].map(cell).join(',')];
  kpis.current.series.forEach((point, i) => {
    const before = kpis.previous.series[i];
    lines.push([point.start, point.end, point[metric], before?.[metric] ?? '', before?.start ?? ''].map(cell).join(','));
  });
  return lines.join('\r\n') + '\r\n';
}

/**
 * The KPI dashboard's data: the controls (a preset or custom period, a bucket) and the figures
 * for them, read again whenever a control changes; a newer read wins over an older one.
 */
export function useKpis() {
  const today = isoDate(new Date());
  const controls = reactive<KpiControls>({ period: '30', bucket: 'DAY', from: today, to: today });
  // Read again whenever a control changes; nothing is asked while the custom period is not valid.
  const query = useQuery(AdminCommunityKpisDocument, () => {
    const input = toInput(controls);
    return input ? { input } : null;
  });
  const { error, loading } = query;
  const data = computed<Kpis | null>(() => query.data.value?.communityKpis ?? null);

  /** Every series of both periods, as the server writes it. */
  async function fullCsv(): Promise<string | null> {
    const input = toInput(controls);
    if (!input) return null;
    return (await request(AdminCommunityKpisCsvDocument, { input })).communityKpisCsv;
  }

  return { controls, data, error, loading, reload: query.refetch, fullCsv };
}
