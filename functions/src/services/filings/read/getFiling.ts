// One filing with its whole history (one Query) and what the user may do with it today.
import type { Actor, FilingServiceDeps } from '../common/deps';
import { loadFilingForActor } from '../common/load';
import { presentFiling, type FilingView } from '../common/present';
import { nowOf } from '../common/today';
import type { GetFilingInput } from './input';

export async function getFiling(
  deps: FilingServiceDeps,
  actor: Actor,
  input: GetFilingInput,
): Promise<FilingView> {
  const { today } = nowOf(deps.clock);
  const loaded = await loadFilingForActor(deps, actor, input.filingId, { intent: 'view' });
  return presentFiling({ ...loaded, today, person: loaded.link.person });
}
