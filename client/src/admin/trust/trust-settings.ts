/**
 * The trust settings the server keeps as JSON, as a form edits them: what a member must do to
 * reach each level, and what each level may do. The ranges are the server's, from @townsquare/shared.
 */
import { FLAG_THRESHOLD, TRUST_LEVELS, TRUST_LIMIT_MAX, TRUST_THRESHOLD_MAX } from '@townsquare/shared';

export const THRESHOLD_LEVELS = ['BASIC', 'MEMBER', 'REGULAR'] as const;
export const LIMIT_LEVELS = TRUST_LEVELS;

export const THRESHOLD_FIELDS = TRUST_THRESHOLD_MAX;
export const LIMIT_FIELDS = TRUST_LIMIT_MAX;

export type ThresholdLevel = (typeof THRESHOLD_LEVELS)[number];
export type LimitLevel = (typeof LIMIT_LEVELS)[number];
export type ThresholdField = keyof typeof THRESHOLD_FIELDS;
export type LimitField = keyof typeof LIMIT_FIELDS;

/**
 * The form's values as the inputs hold them: text, or a number once a number input has cast it
 * (Vue does for `type="number"`); an emptied input holds ''.
 */
type Cell = string | number;
export interface TrustForm {
  thresholds: Record<ThresholdLevel, Record<ThresholdField, Cell>>;
  limits: Record<LimitLevel, Record<LimitField, Cell>>;
}

export const THRESHOLD_KEYS = Object.keys(THRESHOLD_FIELDS) as ThresholdField[];
export const LIMIT_KEYS = Object.keys(LIMIT_FIELDS) as LimitField[];

type Json = Record<string, unknown>;

function object(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function text(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** Reads the server's JSON; `raw` keeps whatever else it holds, so saving loses nothing. */
export function parseTrustSettings(json: string): { raw: Json; form: TrustForm } {
  let raw: Json = {};
  try {
    raw = object(JSON.parse(json));
  } catch {
    raw = {};
  }
  const thresholds = object(raw.thresholds);
  const limits = object(raw.limits);
  const form: TrustForm = {
    thresholds: Object.fromEntries(
      THRESHOLD_LEVELS.map((level) => [level, Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, text(object(thresholds[level])[key])]))]),
    ) as TrustForm['thresholds'],
    limits: Object.fromEntries(
      LIMIT_LEVELS.map((level) => [level, Object.fromEntries(LIMIT_KEYS.map((key) => [key, text(object(limits[level])[key])]))]),
    ) as TrustForm['limits'],
  };
  return { raw, form };
}

function whole(value: Cell, max: number): number | null {
  const text = String(value).trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= 0 && n <= max ? n : null;
}

/** The cells that are not whole numbers in range, as `thresholds.BASIC.postsRead` paths. */
export function invalidCells(form: TrustForm): string[] {
  const bad: string[] = [];
  for (const level of THRESHOLD_LEVELS)
    for (const key of THRESHOLD_KEYS) if (whole(form.thresholds[level][key], THRESHOLD_FIELDS[key]) === null) bad.push(`thresholds.${level}.${key}`);
  for (const level of LIMIT_LEVELS)
    for (const key of LIMIT_KEYS) if (whole(form.limits[level][key], LIMIT_FIELDS[key]) === null) bad.push(`limits.${level}.${key}`);
  return bad;
}

/** The JSON to save: the form's numbers over everything else the settings held. Call after `invalidCells` is empty. */
export function serializeTrustSettings(raw: Json, form: TrustForm): string {
  const thresholds = object(raw.thresholds);
  const limits = object(raw.limits);
  return JSON.stringify({
    ...raw,
    thresholds: {
      ...thresholds,
      ...Object.fromEntries(
        THRESHOLD_LEVELS.map((level) => [
          level,
          { ...object(thresholds[level]), ...Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, whole(form.thresholds[level][key], THRESHOLD_FIELDS[key]) ?? 0])) },
        ]),
      ),
    },
    limits: {
      ...limits,
      ...Object.fromEntries(
        LIMIT_LEVELS.map((level) => [
          level,
          { ...object(limits[level]), ...Object.fromEntries(LIMIT_KEYS.map((key) => [key, whole(form.limits[level][key], LIMIT_FIELDS[key]) ?? 0])) },
        ]),
      ),
    },
  });
}

/** The flag weight that hides a post pending review, as the server accepts it. */
export { FLAG_THRESHOLD };

/** The flag threshold as typed (text, or a number once the input has cast it): its value, or why it is refused. */
export function parseFlagThreshold(value: string | number): { value: number; problem: null } | { value: null; problem: 'REQUIRED' | 'OUT_OF_RANGE' } {
  const text = String(value).trim();
  if (!text) return { value: null, problem: 'REQUIRED' };
  const n = Number(text);
  if (!Number.isFinite(n) || n < FLAG_THRESHOLD.min || n > FLAG_THRESHOLD.max) return { value: null, problem: 'OUT_OF_RANGE' };
  return { value: n, problem: null };
}
