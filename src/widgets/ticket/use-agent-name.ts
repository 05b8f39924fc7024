import { useQuery } from '@tanstack/react-query';
import { settingsQueries } from '../../queries/settings-queries';
import type { Author } from '../../queries/data-types';

/** Who the actions of this browser are recorded as when the settings name nobody. */
export const DEFAULT_AGENT_NAME: Author = 'agent';

/**
 * The author of this browser's ticket actions: the agent name from the settings when they carry
 * one (a non-empty `agentName`), else "agent". The one place that decides it.
 */
export function useAgentName(): Author {
  const { data } = useQuery(settingsQueries.current());
  if (data && 'agentName' in data && typeof data.agentName === 'string') {
    const name = data.agentName.trim();
    if (name !== '') return name;
  }
  return DEFAULT_AGENT_NAME;
}
