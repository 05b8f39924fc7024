import { useEffect, useState } from 'react';
import { Beeper } from './beeper';

/**
 * The page's beeper. While sound is on and the browser has not let the page play sound yet (after
 * a reload, say), the next click or key press on the page unlocks it: no sound is ever started
 * without a user gesture.
 */
export function useBeeper(isEnabled: boolean): Beeper {
  const [beeper] = useState(() => new Beeper());
  useEffect(
    () => () => {
      beeper.close();
    },
    [beeper],
  );
  useEffect(() => {
    if (!isEnabled || beeper.isUnlocked) return undefined;
    const unlock = () => {
      beeper.unlock();
    };
    window.addEventListener('pointerdown', unlock, { once: true });
    window.addEventListener('keydown', unlock, { once: true });
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, [isEnabled, beeper]);
  return beeper;
}
