import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { ClockProvider } from './clock-provider';
import { ManualClock } from './manual-clock';
import { useNow } from './use-now';

let renders = 0;

function NowProbe({ granularityMs }: { granularityMs: number }) {
  const now = useNow(granularityMs);
  return <output aria-label="now">{now}</output>;
}

function renderProbe(clock: ManualClock, granularityMs: number) {
  renders = 0;
  return render(
    <ClockProvider clock={clock}>
      <Profiler
        id="now-probe"
        onRender={() => {
          renders += 1;
        }}
      >
        <NowProbe granularityMs={granularityMs} />
      </Profiler>
    </ClockProvider>,
  );
}

describe('useNow', () => {
  it('returns the current time rounded down to the granularity', () => {
    renderProbe(new ManualClock(61_999), 1_000);
    expect(screen.getByLabelText('now')).toHaveTextContent('61000');
  });

  it('updates when the clock crosses into a new bucket', () => {
    const clock = new ManualClock(0);
    renderProbe(clock, 1_000);
    act(() => {
      clock.advance(1_000);
    });
    expect(screen.getByLabelText('now')).toHaveTextContent('1000');
  });

  it('does not re-render while the time stays inside the same bucket', () => {
    const clock = new ManualClock(0);
    renderProbe(clock, 60_000);
    const before = renders;
    act(() => {
      for (let second = 0; second < 59; second += 1) clock.advance(1_000);
    });
    expect(renders).toBe(before);
    expect(screen.getByLabelText('now')).toHaveTextContent('0');
    act(() => {
      clock.advance(1_000);
    });
    expect(screen.getByLabelText('now')).toHaveTextContent('60000');
  });

  it('unsubscribes from the clock on unmount', () => {
    const clock = new ManualClock(0);
    const { unmount } = renderProbe(clock, 1_000);
    expect(clock.listenerCount).toBe(1);
    unmount();
    expect(clock.listenerCount).toBe(0);
  });
});
