// A filing being filled in: everything the form has collected, kept as plain data so it can be
// saved to storage after every step and turned into the POST /v1/filings body at the end.
import {
  createFilingBodySchema,
  fieldErrorsOf,
  type Category,
  type CreateFilingBody,
  type DocType,
  type EligibilityFacts,
  type ReferralCondition,
} from '@yidi/shared';
import { idempotencyKey as newIdempotencyKey } from '../api/idempotencyKey';
import { submissionFor, type Submission } from '../api/submissionKey';

export interface UploadedMaterial {
  id: string;
  docType: DocType;
}

export interface DraftDestination {
  provinceCode: string;
  code: string;
  name: string;
}

export interface FilingDraft {
  personId: string;
  category: Category;
  step: number;
  destination?: DraftDestination;
  startDate?: string;
  proofEndDate?: string;
  contact: { address: string; phone: string; phone2: string };
  proofKind: 'MATERIALS' | 'COMMITMENT';
  materials: UploadedMaterial[];
  commitment: { missing: DocType[]; signatureMaterialId?: string };
  referral: { hospitalName: string; certificateMaterialId?: string; condition?: ReferralCondition };
  emergency: { admissionDate: string; hospitalName: string; discharged: boolean };
  /** The wizard's eligibility answers; the server needs them to accept the category. */
  facts?: EligibilityFacts;
  /**
   * The Idempotency-Key of the last submission and the body it carried: a retry of the same
   * body reuses the key (the server answers the first filing again, never files twice); a body
   * the user changed after a refusal gets a new key (the server would refuse a reused one).
   */
  submission?: Submission;
  updatedAt: string;
}

export function newDraft(
  personId: string,
  category: Category,
  now: Date,
  facts?: EligibilityFacts,
): FilingDraft {
  return {
    personId,
    category,
    ...(facts ? { facts } : {}),
    step: 0,
    contact: { address: '', phone: '', phone2: '' },
    proofKind: 'MATERIALS',
    materials: [],
    commitment: { missing: [] },
    referral: { hospitalName: '' },
    emergency: { admissionDate: '', hospitalName: '', discharged: false },
    updatedAt: now.toISOString(),
  };
}

const trimmed = (value: string) => value.trim();

/** The request body as the user would send it (not yet validated). */
export function draftToBody(draft: FilingDraft): unknown {
  const certificate = draft.materials.find((m) => m.docType === 'REFERRAL_CERTIFICATE');
  const otherMaterialIds = draft.materials
    .filter((m) => m.docType !== 'REFERRAL_CERTIFICATE')
    .map((m) => m.id);
  const proof =
    draft.proofKind === 'COMMITMENT'
      ? {
          kind: 'COMMITMENT',
          missing: draft.commitment.missing,
          signatureMaterialId: draft.commitment.signatureMaterialId,
          ...(otherMaterialIds.length > 0 ? { materialIds: otherMaterialIds } : {}),
        }
      : { kind: 'MATERIALS', materialIds: otherMaterialIds };
  const phone2 = trimmed(draft.contact.phone2);
  return {
    personId: draft.personId,
    category: draft.category,
    destination: draft.destination ? { code: draft.destination.code } : undefined,
    startDate: draft.startDate,
    contact: {
      address: draft.contact.address,
      phone: trimmed(draft.contact.phone),
      ...(phone2 ? { phone2 } : {}),
    },
    proof,
    ...(draft.proofEndDate ? { proofEndDate: draft.proofEndDate } : {}),
    ...(draft.category === 'REFERRAL'
      ? {
          referral: {
            hospitalName: draft.referral.hospitalName,
            certificateMaterialId: certificate?.id,
            ...(draft.referral.condition ? { condition: draft.referral.condition } : {}),
          },
        }
      : {}),
    ...(draft.category === 'EMERGENCY' ? { emergency: draft.emergency } : {}),
    ...(draft.facts ? { facts: draft.facts } : {}),
  };
}

export type BuiltBody =
  { ok: true; body: CreateFilingBody } | { ok: false; fields: Record<string, string> };

/** The body checked with the API's own schema, so the form shows field problems before sending. */
export function buildFilingBody(draft: FilingDraft): BuiltBody {
  const result = createFilingBodySchema.safeParse(draftToBody(draft));
  return result.success
    ? { ok: true, body: result.data }
    : { ok: false, fields: fieldErrorsOf(result.error) };
}

/**
 * The key to send with `body`, and the draft that remembers it. Call before every submission
 * and save the returned draft first, so a lost answer is retried with the same key.
 */
export function prepareSubmission(
  draft: FilingDraft,
  body: CreateFilingBody,
  makeKey: () => string = newIdempotencyKey,
): { draft: FilingDraft; idempotencyKey: string } {
  const submission = submissionFor(draft.submission, body, makeKey);
  return { draft: { ...draft, submission }, idempotencyKey: submission.idempotencyKey };
}
