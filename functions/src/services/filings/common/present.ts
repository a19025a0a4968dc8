// A stored filing as the API shows it (docs/api.md "Filing"): `actions` judged by the engine for
// today, the person by masked ID number only. The versions are not part of it: the history
// screen reads them (GET /v1/filings/{id}/audit).
import {
  admissionNotice,
  decideActions,
  maskPhone,
  phoneFilingAdvice,
  type Filing,
  type IsoDate,
  type RegionPolicy,
} from '@yidi/shared';
import type { FilingRecord, PersonSummary } from '../../../store';
import { filingStateOf } from './filingState';

export interface FilingView extends Filing {
  person?: { id: string; name: string; idNumberMasked: string };
  details?: Record<string, unknown>;
}

export function maskedContact(contact: FilingRecord['contact']): FilingRecord['contact'] {
  return {
    address: `${[...contact.address].slice(0, 6).join('')}****`,
    phone: maskPhone(contact.phone),
    ...(contact.phone2 ? { phone2: maskPhone(contact.phone2) } : {}),
  };
}

export function presentFiling(input: {
  filing: FilingRecord;
  policy: RegionPolicy;
  today: IsoDate;
  /** The person as the reader's link has it; else as the filing recorded it. */
  person?: PersonSummary;
  /**
   * 'full' for the person and their ACTIVE agents (they entered it and need it); anyone else —
   * a reviewer — sees the phone masked and the address cut to its first characters: deciding a
   * filing needs neither (issue 11, point 7).
   */
  contact?: 'full' | 'masked';
}): FilingView {
  const { filing, policy, today } = input;
  const person = input.person ?? filing.person;
  const state = filingStateOf(filing);
  const inHospital = admissionNotice(policy, state);
  const phoneFiling = phoneFilingAdvice(policy);
  const materialIds =
    filing.proof.kind === 'MATERIALS'
      ? filing.proof.materialIds
      : [filing.proof.signatureMaterialId, ...filing.proof.materialIds];
  const reviewDecision = filing.details?.review as
    | { decision?: 'APPROVE' | 'RETURN' | 'REJECT'; decidedAt?: string; decidedBy?: string }
    | undefined;
  return {
    id: filing.id,
    number: filing.number,
    personId: filing.personId,
    insuredRegion: filing.insuredRegion,
    category: filing.category,
    class: filing.class,
    destination: filing.destination,
    status: filing.status,
    validFrom: filing.validFrom,
    validUntil: filing.validUntil,
    commitment: filing.commitment
      ? {
          status: filing.commitment.status,
          signedAt: filing.commitment.signedAt,
          dueDate: filing.commitment.dueDate,
          ...(filing.commitment.dueDateProvisional ? { dueDateProvisional: true } : {}),
          missing: filing.commitment.missing,
          clawback: filing.commitment.clawback,
        }
      : null,
    review: filing.review
      ? {
          dueBy: filing.review.dueBy,
          ...(filing.review.dueByProvisional ? { dueByProvisional: true } : {}),
          notices: filing.review.notices,
          ...(reviewDecision ?? {}),
        }
      : null,
    actions: decideActions(policy, state, today),
    version: filing.version,
    createdBy: filing.createdBy,
    createdAt: filing.createdAt,
    updatedAt: filing.updatedAt,
    startDate: (filing.details?.startDate as string | undefined) ?? filing.validFrom,
    ...(filing.proofEndDate ? { proofEndDate: filing.proofEndDate } : {}),
    contact: input.contact === 'full' ? filing.contact : maskedContact(filing.contact),
    materialIds,
    ...(filing.referral ? { referral: filing.referral } : {}),
    ...(filing.emergency ? { emergency: filing.emergency } : {}),
    ...(filing.admissions
      ? {
          admissions: filing.admissions.map(({ hospitalName, admissionDate, dischargeDate }) => ({
            hospitalName,
            admissionDate,
            ...(dischargeDate ? { dischargeDate } : {}),
          })),
        }
      : {}),
    ...(inHospital ? { inHospital } : {}),
    ...(filing.extensionRequest
      ? {
          extensionRequest: {
            reason: filing.extensionRequest.reason,
            requestedOn: filing.extensionRequest.requestedOn,
          },
        }
      : {}),
    ...(phoneFiling ? { phoneFiling } : {}),
    ...(person
      ? { person: { id: person.id, name: person.name, idNumberMasked: person.idNumberMasked } }
      : {}),
    ...(filing.details ? { details: publicDetailsOf(filing.details, policy, filing) } : {}),
  };
}

/**
 * What of the service's bookkeeping the app may show (benefit, cancellation, rules); never contact
 * data. The benefit is the category's in the region's policy (layout-2 items kept a copy).
 */
function publicDetailsOf(
  details: Record<string, unknown>,
  policy: RegionPolicy,
  filing: FilingRecord,
): Record<string, unknown> {
  const { cancellation, rules } = details;
  const benefit = policy.categories[filing.category]?.benefit ?? details.benefit;
  return {
    ...(benefit ? { benefit } : {}),
    ...(cancellation ? { cancellation } : {}),
    ...(rules ? { rules } : {}),
  };
}
