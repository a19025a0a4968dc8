// Resubmitting a RETURNED filing (AH-12-1/2: every problem was told at once; the person fixes
// them and sends the same filing back): PENDING_REVIEW again (the transitions table's RESUBMIT),
// a new review round with its own working-day due date, the added materials joined to the proof.
// One versioned write.
import { reviewDue } from '@yidi/shared';
import { calendarFor, verificationOf, type Actor, type FilingServiceDeps } from '../common/deps';
import { resolveMaterials } from '../common/materials';
import type { FilingView } from '../common/present';
import { transition } from '../common/transition';
import type { ResubmitFilingInput } from './input';

export async function resubmitFiling(
  deps: FilingServiceDeps,
  actor: Actor,
  input: ResubmitFilingInput,
): Promise<FilingView> {
  return transition(deps, actor, {
    filingId: input.filingId,
    expectedVersion: input.expectedVersion,
    // Only a RETURNED filing (AH-12-1/2): the table's refusal is resubmitBlocked's.
    event: 'RESUBMIT',
    loadAs: 'ACTING_PERSON',
    decide: async ({ filing, policy }, { today }) => {
      await resolveMaterials(
        deps.store.materials,
        filing.personId,
        [{ field: 'materialIds', ids: input.materialIds }],
        verificationOf(deps),
      );
      // The decision being answered leaves the current state; its version's history item keeps
      // it (decision and notices), so the filing item does not carry past rounds.
      const { review: _answered, previousReviews: _layout2, ...details } = filing.details ?? {};
      const round = Number(details.reviewRound ?? 1) + 1;
      const due = reviewDue(policy, today, await calendarFor(deps));
      const dueBy = due.date;
      return {
        next: {
          ...filing,
          review: {
            dueBy,
            ...(due.provisional ? { dueByProvisional: true } : {}),
            submittedOn: today,
            notices: [],
          },
          proof: {
            ...filing.proof,
            materialIds: [...new Set([...filing.proof.materialIds, ...input.materialIds])],
          },
          details: {
            ...details,
            reviewRound: round,
          },
        },
        recorded: 'SUPPLEMENTED',
        note: 'RESUBMITTED',
        rule: policy.review.onlineWorkingDays.rule,
        detail: { resubmission: round, reviewDueBy: dueBy, materialIds: input.materialIds },
      };
    },
  });
}
