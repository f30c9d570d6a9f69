import { AppError, InputErrorReason } from '../common/app-error.js';

/** Reasons the KPI dashboard refuses a period, carried in `extensions.reason` with BAD_USER_INPUT. */
export enum KpiErrorReason {
  /** `to` is not after `from`. */
  PERIOD_INVERTED = 'PERIOD_INVERTED',
  /** The period is longer than the dashboard answers (see KPI_LIMITS.maxDays). */
  PERIOD_TOO_LONG = 'PERIOD_TOO_LONG',
  /** The bucket is too fine for the period: more buckets than a chart can show (see KPI_LIMITS.maxBuckets). */
  TOO_MANY_BUCKETS = 'TOO_MANY_BUCKETS',
  /** `timeZone` is not an IANA time zone. */
  UNKNOWN_TIME_ZONE = 'UNKNOWN_TIME_ZONE',
}

declare module '../common/app-error.js' {
  interface ErrorReasons {
    kpis: KpiErrorReason;
  }
}

export const periodInverted = () => AppError.badInput('input.to', KpiErrorReason.PERIOD_INVERTED, 'The period must end after it starts: choose a "to" later than "from".');
export const periodTooLong = (maxDays: number) =>
  AppError.badInput('input.from', KpiErrorReason.PERIOD_TOO_LONG, `A period can cover at most ${maxDays} days (about two years); choose a shorter one.`);
export const tooManyBuckets = (count: number, max: number) =>
  AppError.badInput('input.bucket', KpiErrorReason.TOO_MANY_BUCKETS, `This period has ${count} buckets of that size, more than the ${max} a chart can show; choose weeks or months.`);
export const unknownTimeZone = (zone: string) =>
  AppError.badInput('input.timeZone', KpiErrorReason.UNKNOWN_TIME_ZONE, `"${zone}" is not a time zone we know (use an IANA name such as Europe/Berlin).`);
export const badRebuildDays = (max: number) => AppError.badInput('days', InputErrorReason.OUT_OF_RANGE, `Rebuild 1 to ${max} days.`);
