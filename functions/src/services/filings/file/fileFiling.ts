// A new filing: the caller must act for the person, the named materials must be theirs, the
// region's policy decides (decideNewFiling), and one transaction writes the filing, its first
// history item and — for long-term filings — the person's one-active-long-term guard.
import {
  decideNewFiling,
  type FilingRequest,
  type IsoDate,
  type NewFilingOutcome,
} from '@yidi/shared';
import {
  alsoWritesOf,
  newFilingId,
  uniquePartOf,
  type FilingChange,
  type FilingProof,
  type FilingRecord,
  type PersonSummary,
} from '../../../store';
import { requireLink } from '../common/access';
import { actorKindOf } from '../common/write';
import { calendarFor, verificationOf, type Actor, type FilingServiceDeps } from '../common/deps';
import { docTypesOf, resolveMaterials, type MaterialReference } from '../common/materials';
import { policyOf } from '../common/policy';
import { presentFiling, type FilingView } from '../common/present';
import { decided, storeConflictError } from '../common/refusals';
import { nowOf } from '../common/today';
import type { FileFilingInput } from './input';

export async function fileFiling(
  deps: FilingServiceDeps,
  actor: Actor,
  input: FileFilingInput,
): Promise<FilingView> {
  const { at, today } = nowOf(deps.clock);
  const link = await requireLink(deps.store.agentLinks, actor, input.personId, 'act');
  const person = link.person;
  const policy = policyOf(person.insuredRegion);

  const found = await resolveMaterials(
    deps.store.materials,
    input.personId,
    referencesOf(input),
    verificationOf(deps),
  );
  const proofIds = input.proof.materialIds ?? [];
  const provided = docTypesOf(found, [
    ...proofIds,
    ...(input.referral ? [input.referral.certificateMaterialId] : []),
  ]);
  const request: FilingRequest = {
    category: input.category,
    destinationCode: input.destination.code,
    startDate: input.startDate,
    proof:
      input.proof.kind === 'MATERIALS'
        ? { kind: 'MATERIALS', provided }
        : {
            kind: 'COMMITMENT',
            missing: input.proof.missing,
            provided,
            ...(input.proof.group ? { group: input.proof.group } : {}),
          },
    ...(input.proofEndDate ? { proofEndDate: input.proofEndDate } : {}),
    ...(input.referral
      ? { referral: input.referral.condition ? { condition: input.referral.condition } : {} }
      : {}),
    ...(input.emergency
      ? {
          emergency: {
            admissionDate: input.emergency.admissionDate,
            hospitalName: input.emergency.hospitalName,
            discharged: input.emergency.discharged,
          },
        }
      : {}),
    ...(input.admission ? { admission: input.admission } : {}),
    ...(input.facts ? { facts: input.facts } : {}),
  };
  const calendar = await calendarFor(deps);
  const outcome = decided(
    decideNewFiling(policy, {
      calendar,
      person: {
        insuranceType: person.insuranceType,
        birthDate: person.birthDate,
        gender: person.gender,
        insuredRegion: person.insuredRegion,
      },
      request,
      today,
    }),
  );

  const filing = newFilingRecord({
    id: newFilingId(input.personId, deps.newId),
    person,
    input,
    outcome,
    actor,
    at,
    today,
  });
  const change: FilingChange = {
    event: 'FILED',
    actorUserId: actor.userId,
    at,
    actorKind: actorKindOf(actor, link),
    detail: { rules: outcome.rules },
  };
  const view = presentFiling({
    filing,
    policy,
    today,
    person,
    contact: 'full',
  });
  try {
    await deps.store.filings.create(filing, change, alsoWritesOf(view, deps.recorder));
  } catch (error) {
    throw storeConflictError(error, 'ACTIVE_FILING_EXISTS');
  }
  return view;
}

function referencesOf(input: FileFilingInput): MaterialReference[] {
  const references: MaterialReference[] = [
    { field: 'proof.materialIds', ids: input.proof.materialIds ?? [] },
  ];
  if (input.proof.kind === 'COMMITMENT') {
    references.push({
      field: 'proof.signatureMaterialId',
      ids: [input.proof.signatureMaterialId],
      docType: 'COMMITMENT_SIGNATURE',
    });
  }
  if (input.referral) {
    references.push({
      field: 'referral.certificateMaterialId',
      ids: [input.referral.certificateMaterialId],
      docType: 'REFERRAL_CERTIFICATE',
    });
  }
  return references;
}

/**
 * 备案编号: insured region, filing date, and the head of the id's own part (its UUID, not the
 * person it names; unique enough to read out).
 */
export function filingNumberOf(insuredRegion: string, today: IsoDate, id: string): string {
  const head = (uniquePartOf(id) ?? id)
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8)
    .toUpperCase();
  return `${insuredRegion}${today.replaceAll('-', '')}${head}`;
}

function newFilingRecord(input: {
  id: string;
  person: PersonSummary;
  input: FileFilingInput;
  outcome: NewFilingOutcome;
  actor: Actor;
  at: string;
  today: IsoDate;
}): FilingRecord {
  const { id, person, outcome, actor, at, today } = input;
  const { insuredRegion } = person;
  const body = input.input;
  const proof: FilingProof =
    body.proof.kind === 'MATERIALS'
      ? { kind: 'MATERIALS', materialIds: body.proof.materialIds }
      : {
          kind: 'COMMITMENT',
          missing: body.proof.missing,
          signatureMaterialId: body.proof.signatureMaterialId,
          materialIds: body.proof.materialIds ?? [],
        };
  const { code, name, level } = outcome.destination;
  return {
    id,
    number: filingNumberOf(insuredRegion, today, id),
    personId: body.personId,
    person,
    insuredRegion,
    category: body.category,
    class: outcome.class,
    destination: { code, name, level },
    status: outcome.status,
    filedOn: today,
    validFrom: outcome.validFrom,
    validUntil: outcome.validUntil,
    lockAnchor: outcome.lockAnchor,
    commitment: outcome.commitment
      ? { ...outcome.commitment, signedAt: at, clawback: false }
      : null,
    review: outcome.reviewDueBy
      ? {
          dueBy: outcome.reviewDueBy,
          ...(outcome.reviewDueByProvisional ? { dueByProvisional: true } : {}),
          submittedOn: today,
          notices: [],
        }
      : null,
    proof,
    contact: body.contact,
    ...(body.proofEndDate ? { proofEndDate: body.proofEndDate } : {}),
    ...(body.referral ? { referral: body.referral } : {}),
    ...(body.emergency ? { emergency: body.emergency } : {}),
    extensionsUsed: 0,
    // AH-22 / HA-11: the stay the filing was made in; an emergency filing's own admission.
    ...(outcome.admissions.length > 0
      ? {
          admissions: outcome.admissions.map((admission) => ({
            ...admission,
            recordedAt: at,
            recordedBy: actor.userId,
          })),
        }
      : {}),
    details: {
      startDate: body.startDate,
      // The benefit is the category's (policy data): shown from the policy, not kept per filing.
      rules: outcome.rules,
      ...(body.facts ? { facts: body.facts } : {}),
    },
    version: 1,
    createdBy: actor.userId,
    createdAt: at,
    updatedAt: at,
  };
}
