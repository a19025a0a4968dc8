// The engine's view of a stored filing (shared/src/policy FilingState): only what the rules read.
import type { FilingState } from '@yidi/shared';
import type { FilingRecord } from '../../../store';

export function filingStateOf(filing: FilingRecord): FilingState {
  return {
    category: filing.category,
    class: filing.class,
    status: filing.status,
    insuredRegion: filing.insuredRegion,
    destinationCode: filing.destination.code,
    filedOn: filing.filedOn,
    validFrom: filing.validFrom,
    validUntil: filing.validUntil,
    lockAnchor: filing.lockAnchor,
    commitment: filing.commitment
      ? {
          status: filing.commitment.status,
          signedOn: filing.commitment.signedOn,
          dueDate: filing.commitment.dueDate,
          ...(filing.commitment.dueDateProvisional ? { dueDateProvisional: true } : {}),
          missing: [...filing.commitment.missing],
        }
      : null,
    ...(filing.proofEndDate ? { proofEndDate: filing.proofEndDate } : {}),
    ...(filing.referral
      ? {
          referral: {
            hospitalName: filing.referral.hospitalName,
            ...(filing.referral.condition ? { condition: filing.referral.condition } : {}),
          },
        }
      : {}),
    ...(filing.emergency
      ? {
          emergency: {
            admissionDate: filing.emergency.admissionDate,
            discharged: filing.emergency.discharged,
          },
        }
      : {}),
    extensionsUsed: filing.extensionsUsed,
    ...(filing.admissions
      ? {
          admissions: filing.admissions.map(({ hospitalName, admissionDate, dischargeDate }) => ({
            hospitalName,
            admissionDate,
            ...(dischargeDate ? { dischargeDate } : {}),
          })),
        }
      : {}),
    ...(filing.extensionRequest
      ? {
          extensionRequest: {
            reason: filing.extensionRequest.reason,
            requestedOn: filing.extensionRequest.requestedOn,
          },
        }
      : {}),
  };
}
