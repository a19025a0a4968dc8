// Recording a hospital stay on a registration, by the person, their agent or a reviewer of the
// region: the engine (decideAdmission) checks it against the validity and, in 攀枝花, the filed
// hospital (PZH-4-2-2). An admission keeps the registration usable to discharge (AH-13-2, YJ-9);
// a discharge that ends a per-admission registration (PZH-4-3-2, YJ-9, PZH in-province referral)
// expires it in the same write (the transitions table's DISCHARGE_ENDS).
import { decideAdmission } from '@yidi/shared';
import type { FilingAdmission } from '../../../store';
import type { Actor, FilingServiceDeps } from '../common/deps';
import { filingStateOf } from '../common/filingState';
import type { FilingView } from '../common/present';
import { decided } from '../common/refusals';
import { transition } from '../common/transition';
import type { RecordAdmissionInput } from './input';

export async function recordAdmission(
  deps: FilingServiceDeps,
  actor: Actor,
  input: RecordAdmissionInput,
): Promise<FilingView> {
  return transition(deps, actor, {
    filingId: input.filingId,
    expectedVersion: input.expectedVersion,
    event: 'ADMISSION',
    // The person or an active agent (their link), or a reviewer of the filing's region.
    loadAs: 'PERSON_OR_REVIEWER',
    decide: ({ filing, policy }, { at, today }) => {
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
      return {
        next: {
          ...filing,
          admissions,
          ...(filing.emergency && discharged
            ? { emergency: { ...filing.emergency, discharged } }
            : {}),
        },
        event: outcome.endsRegistration ? 'DISCHARGE_ENDS' : 'ADMISSION',
        recorded: discharged ? 'DISCHARGED' : 'ADMITTED',
        rule: outcome.rules.join(', '),
        detail: {
          hospitalName: input.hospitalName,
          admissionDate: input.admissionDate,
          ...(input.dischargeDate ? { dischargeDate: input.dischargeDate } : {}),
          ...(outcome.endsRegistration ? { endsRegistration: true } : {}),
        },
      };
    },
  });
}
