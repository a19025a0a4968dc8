import { chinaDateOf, type IsoDate } from '@yidi/shared';
import type { Clock } from '../../../clock';

/** The request's "now" as an instant and as the calendar date in China. */
export function nowOf(clock: Clock): { at: string; today: IsoDate } {
  const now = clock.now();
  return { at: now.toISOString(), today: chinaDateOf(now) };
}
