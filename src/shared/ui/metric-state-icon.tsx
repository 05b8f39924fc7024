import type { SVGProps } from 'react';
import type { MetricState } from '../../sla';

type IconProps = SVGProps<SVGSVGElement>;

function Icon({ children, className = 'size-4', ...props }: IconProps) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      {...props}
    >
      {children}
    </svg>
  );
}

const PATHS: Record<MetricState, string> = {
  running: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 2',
  'at-risk': 'M12 3 2 20h20L12 3ZM12 10v4M12 17h.01',
  paused: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M10 9v6M14 9v6',
  met: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M8 12l3 3 5-6',
  breached: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M9 9l6 6M15 9l-6 6',
  none: 'M7 12h10',
};

/** A decorative icon for each metric state; the state is always written beside it. */
export function MetricStateIcon({ state, ...props }: IconProps & { state: MetricState }) {
  return (
    <Icon {...props}>
      <path d={PATHS[state]} />
    </Icon>
  );
}
