/**
 * The same `addBusinessTime` cases through moment-business-time's `addWorkingTime`, on the cases
 * it can express. It has no time zones (it works in the process zone, UTC here, see force-utc.ts),
 * so each case keeps its start instant and target and runs on a UTC Mon–Fri 09:00–17:00 calendar,
 * with the workload's holidays when the case's calendar is the office-with-holidays shape.
 * Targets of 0 are left out: moment moves a closed start to the next opening even then, where our
 * contract returns the start itself.
 */
import moment, { type WorkingHours } from 'moment-business-time';
import { addBusinessTime, type BusinessCalendar } from '../src/sla';
import { makeCalendar, type AddCase } from './calendar-workload';
import { PROCESS_ZONE } from './force-utc';
import { time, type Timing } from './measure';

const MINUTE = 60_000;

const OPEN = ['09:00:00', '17:00:00'];
const WORKING_HOURS: WorkingHours = {
  0: null,
  1: OPEN,
  2: OPEN,
  3: OPEN,
  4: OPEN,
  5: OPEN,
  6: null,
};

interface Group {
  name: string;
  cal: BusinessCalendar;
  cases: AddCase[];
}

/** The expressible cases, by calendar (moment's calendar is global: one locale per group). */
export function momentGroups(cases: readonly AddCase[]): Group[] {
  const plain: Group = {
    name: 'Mon–Fri 09–17',
    cal: makeCalendar(PROCESS_ZONE, 'office'),
    cases: [],
  };
  const holidays: Group = {
    name: 'Mon–Fri 09–17 + holidays',
    cal: makeCalendar(PROCESS_ZONE, 'office-holidays'),
    cases: [],
  };
  for (const c of cases) {
    if (c.ms === 0) continue;
    const group = c.shape === 'office-holidays' ? holidays : plain;
    group.cases.push({ ...c, cal: group.cal });
  }
  return [plain, holidays];
}

function configureMoment(cal: BusinessCalendar): void {
  moment.updateLocale(moment.locale(), {
    workinghours: WORKING_HOURS,
    holidays: [...cal.holidays],
  });
}

const momentAdd = (c: AddCase): number =>
  moment(c.start)
    .addWorkingTime(c.ms / MINUTE, 'minutes')
    .valueOf();

export interface GroupResult {
  name: string;
  count: number;
  ours: Timing;
  theirs: Timing;
  agreed: number;
  firstDisagreement?: { c: AddCase; ours: Date; theirs: Date };
}

/** The agreement check before the timed runs already warms moment up. */
export const MOMENT_WARMUP_RUNS = 0;
export const MOMENT_MEASURED_RUNS = 3;
export const OUR_WARMUP_RUNS = 2;
export const OUR_MEASURED_RUNS = 5;

export function compareWithMoment(cases: readonly AddCase[]): GroupResult[] {
  return momentGroups(cases).map((group) => {
    configureMoment(group.cal);
    let agreed = 0;
    let firstDisagreement: GroupResult['firstDisagreement'];
    for (const c of group.cases) {
      const ours = addBusinessTime(c.cal, c.start, c.ms).getTime();
      const theirs = momentAdd(c);
      if (ours === theirs) agreed += 1;
      else firstDisagreement ??= { c, ours: new Date(ours), theirs: new Date(theirs) };
    }
    const theirs = time(
      () => {
        let sum = 0;
        for (const c of group.cases) sum += momentAdd(c) % 997;
        return sum;
      },
      MOMENT_WARMUP_RUNS,
      MOMENT_MEASURED_RUNS,
    );
    const ours = time(
      () => {
        let sum = 0;
        for (const c of group.cases) sum += addBusinessTime(c.cal, c.start, c.ms).getTime() % 997;
        return sum;
      },
      OUR_WARMUP_RUNS,
      OUR_MEASURED_RUNS,
    );
    const result: GroupResult = {
      name: group.name,
      count: group.cases.length,
      ours,
      theirs,
      agreed,
    };
    if (firstDisagreement) result.firstDisagreement = firstDisagreement;
    return result;
  });
}
