// Extending a referral by one more period where the policy allows it (PZH-4-2-2).
import { decideExtend } from '@yidi/shared';
import type { Actor, FilingServiceDeps } from '../common/deps';
import { filingStateOf } from '../common/filingState';
import { loadFilingForActor } from '../common/load';
import type { FilingView } from '../common/present';
import { decided } from '../common/refusals';
import { nowOf } from '../common/today';
import { writeNextVersion } from '../common/write';
import type { ExtendFilingInput } from './input';

export async function extendFiling(
  deps: FilingServiceDeps,
  actor: Actor,
  input: ExtendFilingInput,
): Promise<FilingView> {
  const { at, today } = nowOf(deps.clock);
  const loaded = await loadFilingForActor(deps, actor, input.filingId, {
    intent: 'act',
    expectedVersion: input.expectedVersion,
  });
  const { filing, policy } = loaded;
  const outcome = decided(decideExtend(policy, filingStateOf(filing), today));
  return writeNextVersion(deps, {
    loaded,
    next: { ...filing, validUntil: outcome.validUntil, extensionsUsed: outcome.extensionsUsed },
    actor,
    event: 'EXTENDED',
    // Audit: the policy rules that allowed this change (AH-14-1, HA-9, …).
    rule: outcome.rules.join(', '),
    at,
    today,
  });
}
