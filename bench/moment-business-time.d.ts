/**
 * The little of moment-business-time 2.0.0 that the benchmark uses. The package ships no types;
 * it exports moment itself, with working-time methods added to its prototype.
 */
declare module 'moment-business-time' {
  import type { Locale, LocaleSpecification, Moment, MomentInput } from 'moment';

  /** Local "HH:mm:ss" open/close pairs per weekday (0 = Sunday); `null` when closed all day. */
  export type WorkingHours = Record<0 | 1 | 2 | 3 | 4 | 5 | 6, string[] | null>;

  export interface BusinessMoment extends Moment {
    /** Adds working time in place and returns the same moment. */
    addWorkingTime(amount: number, unit: 'minutes' | 'hours'): BusinessMoment;
  }

  interface MomentBusinessTime {
    (input?: MomentInput): BusinessMoment;
    locale(): string;
    updateLocale(
      language: string,
      spec: LocaleSpecification & { workinghours?: WorkingHours; holidays?: string[] },
    ): Locale;
  }

  const moment: MomentBusinessTime;
  export default moment;
}
