import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triage } from '../index';
import type { Priority, TriageAnswers, TriageReason } from '../index';

type Row = [string, TriageAnswers, Priority, TriageReason[]];

const environments = ['production', 'other-non-production', 'unsure'] as const;
const capFor = {
  production: null,
  'other-non-production': 'non-production-not-p1',
  unsure: 'environment-unknown-not-p1',
} as const;

/** Every complete path through the question graph, "not sure" included at each step. */
const rows: Row[] = [
  ['development or beta', { environment: 'development-or-beta' }, 'P4', ['development-or-beta']],
];
for (const environment of environments) {
  const cap = capFor[environment];
  for (const workaround of ['none', 'unsure'] as const) {
    const why: TriageReason[] = [
      'service-down',
      workaround === 'none' ? 'no-workaround' : 'workaround-unknown',
    ];
    rows.push([
      `${environment}, service down, workaround ${workaround}`,
      { environment, 'service-down': true, workaround },
      cap ? 'P2' : 'P1',
      cap ? [...why, cap] : why,
    ]);
  }
  for (const workaround of ['partial', 'full'] as const) {
    rows.push([
      `${environment}, service down, ${workaround} workaround`,
      { environment, 'service-down': true, workaround },
      'P2',
      ['service-down', 'workaround-exists'],
    ]);
  }
  for (const down of [false, 'unsure'] as const) {
    const base = { environment, 'service-down': down };
    rows.push([
      `${environment}, down ${down}, degraded`,
      { ...base, degraded: true },
      'P2',
      ['degraded'],
    ]);
    for (const degraded of [false, 'unsure'] as const) {
      const notDegraded = { ...base, degraded };
      rows.push([
        `${environment}, down ${down}, degraded ${degraded}, feature question`,
        { ...notDegraded, 'feature-question': true },
        'P3',
        ['feature-question'],
      ]);
      for (const featureQuestion of [false, 'unsure'] as const) {
        const rest = { ...notDegraded, 'feature-question': featureQuestion };
        const label = `${environment}, down ${down}, degraded ${degraded}, feature ${featureQuestion}`;
        rows.push([
          `${label}, information`,
          { ...rest, information: true },
          'P4',
          ['information-request'],
        ]);
        for (const information of [false, 'unsure'] as const) {
          rows.push([
            `${label}, information ${information}`,
            { ...rest, information },
            'P3',
            ['default-priority'],
          ]);
        }
      }
    }
  }
}

describe('triage: every path of the question graph', () => {
  it('has a row for each path', () => {
    expect(rows.length).toBe(1 + 3 * (4 + 2 * (1 + 2 * (1 + 2 * (1 + 2)))));
  });

  it.each(rows)('%s → %s', (_label, answers, priority, reasons) => {
    const progress = triage(answers);
    expect(progress.next).toBeNull();
    expect(progress.result?.priority).toBe(priority);
    expect(progress.result?.reasons).toEqual(reasons);
    expect(progress.result?.reportByPhone).toBe(priority === 'P1');
    expect(progress.path).toEqual(Object.keys(answers));
  });
});

describe('triage: step by step', () => {
  it('asks about the environment first', () => {
    expect(triage({})).toEqual({
      path: ['environment'],
      next: 'environment',
      answers: {},
      result: null,
    });
  });

  it('asks about a workaround only when the service is down', () => {
    expect(triage({ environment: 'production', 'service-down': true }).next).toBe('workaround');
    expect(triage({ environment: 'production', 'service-down': false }).next).toBe('degraded');
  });

  it('drops answers that a changed earlier answer took off the path', () => {
    const progress = triage({
      environment: 'development-or-beta',
      'service-down': true,
      workaround: 'none',
    });
    expect(progress.answers).toEqual({ environment: 'development-or-beta' });
    expect(progress.result?.priority).toBe('P4');
  });

  it('marks a P2 that would have been P1 in production', () => {
    const progress = triage({
      environment: 'other-non-production',
      'service-down': true,
      workaround: 'none',
    });
    expect(progress.result).toMatchObject({ priority: 'P2', cappedFromP1: true });
  });

  it('uses the policy default when nothing matched', () => {
    const answers: TriageAnswers = {
      environment: 'production',
      'service-down': false,
      degraded: false,
      'feature-question': false,
      information: false,
    };
    expect(triage(answers, 'P4').result?.priority).toBe('P4');
  });
});

const yesNoUnsure = fc.constantFrom<boolean | 'unsure'>(true, false, 'unsure');
const anyAnswers = fc.record(
  {
    environment: fc.constantFrom(
      'production',
      'development-or-beta',
      'other-non-production',
      'unsure' as const,
    ),
    'service-down': yesNoUnsure,
    workaround: fc.constantFrom('none', 'partial', 'full', 'unsure' as const),
    degraded: yesNoUnsure,
    'feature-question': yesNoUnsure,
    information: yesNoUnsure,
  },
  { requiredKeys: [] },
);

describe('triage properties', () => {
  it('never recommends P1 unless the impact is confirmed to be in production', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = triage(answers).result;
        if (result?.priority === 'P1') expect(answers.environment).toBe('production');
      }),
      { seed: 20261125, numRuns: 2000 },
    );
  });

  it('always ends with a result once the path is fully answered, and only then', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const progress = triage(answers);
        expect(progress.result === null).toBe(progress.next !== null);
        const answered = progress.path.filter(
          (question) => progress.answers[question] !== undefined,
        );
        expect(answered.length).toBe(
          progress.next === null ? progress.path.length : progress.path.length - 1,
        );
      }),
      { seed: 20261125, numRuns: 2000 },
    );
  });

  it('development and beta work is always P4, whatever else is answered', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = triage({ ...answers, environment: 'development-or-beta' }).result;
        expect(result?.priority).toBe('P4');
      }),
      { seed: 20261125, numRuns: 500 },
    );
  });
});
