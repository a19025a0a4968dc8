// Recording a hospital stay on a registration, by the person, their agent or a reviewer of the
// region: the engine (decideAdmission) checks it against the validity and, in 攀枝花, the filed
// hospital (PZH-4-2-2). An admission keeps the registration usable to discharge (AH-13-2, YJ-9);
// a discharge that ends a per-admission registration (PZH-4-3-2, YJ-9, PZH in-province referral)
// expires it in the same write.
import { decideAdmission } from '@yidi/shared';
import { AppError, notFound } from '../../../errors';
import type { FilingAdmission, FilingRecord } from '../../../store';
import { mayReviewRegion } from '../../review/reviewerAccess';
import type { Actor, FilingServiceDeps } from '../common/deps';
import { filingStateOf } from '../common/filingState';
import { loadFilingForActor, type LoadedFiling } from '../common/load';
import { policyOf } from '../common/policy';
import type { FilingView } from '../common/present';
import { decided } from '../common/refusals';
import { nowOf } from '../common/today';
import { writeNextVersion } from '../common/write';
import type { RecordAdmissionInput } from './input';

export async function recordAdmission(
  deps: FilingServiceDeps,
  actor: Actor,
  input: RecordAdmissionInput,
): Promise<FilingView> {
  const { at, today } = nowOf(deps.clock);
  const loaded = await loadForAdmission(deps, actor, input);
  const { filing, policy } = loaded;
  const outcome = decided(
    decideAdmission(
      policy,
      filingStateOf(filing),
      {
        hospitalName: input.hospitalName,
        admissionDate: input.admissionDate,
        ...(input.dischargeDate ? { dischargeDate: input.dischargeDate } : {}),
      },
      today,
    ),
  );
  const before = filing.admissions ?? [];
  // Keep who recorded each stay; the engine returns the stays in the same order.
  const admissions: FilingAdmission[] = outcome.admissions.map((stay, index) => ({
    ...(before[index] ?? { recordedAt: at, recordedBy: actor.userId }),
    ...stay,
  }));
  const discharged = input.dischargeDate !== undefined;
  const next: Omit<FilingRecord, 'version' | 'updatedAt'> = {
    ...filing,
    admissions,
    ...(filing.emergency && discharged ? { emergency: { ...filing.emergency, discharged } } : {}),
    ...(outcome.endsRegistration ? { status: 'EXPIRED' as const } : {}),
  };
  return writeNextVersion(deps, {
    loaded,
    next,
    actor,
    event: discharged ? 'DISCHARGED' : 'ADMITTED',
    rule: outcome.rules.join(', '),
    detail: {
      hospitalName: input.hospitalName,
      admissionDate: input.admissionDate,
      ...(input.dischargeDate ? { dischargeDate: input.dischargeDate } : {}),
      ...(outcome.endsRegistration ? { endsRegistration: true } : {}),
    },
    at,
    today,
  });
}

/** The person or an active agent (their link), or a reviewer of the filing's region. */
async function loadForAdmission(
  deps: FilingServiceDeps,
  actor: Actor,
  input: RecordAdmissionInput,
): Promise<Omit<LoadedFiling, 'link'> & { link?: LoadedFiling['link'] }> {
  const isReviewer = actor.roles.includes('REVIEWER') || actor.roles.includes('ADMIN');
  if (!isReviewer) {
    return loadFilingForActor(deps, actor, input.filingId, {
      intent: 'act',
      expectedVersion: input.expectedVersion,
    });
  }
  // One consistent Query: the filing and its history (the answer shows it).
  const found = await deps.store.filings.get(input.filingId);
  if (!found || !mayReviewRegion(actor, found.filing.insuredRegion)) throw notFound();
  if (found.filing.version !== input.expectedVersion) throw new AppError('VERSION_CONFLICT');
  return { ...found, policy: policyOf(found.filing.insuredRegion) };
}
