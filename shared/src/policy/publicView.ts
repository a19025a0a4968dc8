// GET /v1/regions/{code}/policy: the effective policy as JSON for the app — every item with its
// rule id and clause, plus the Chinese labels and texts the app shows.
import {
  CATEGORIES,
  CATEGORY_LABELS,
  CHANGE_REASON_LABELS,
  DOC_TYPE_LABELS,
  type Category,
  type DocType,
} from '../schemas/enums';
import { claimsPolicyView } from './claims/publicView';
import { validityText } from './messages';
import type { RegionPolicy } from './types';

const labelled = (options: readonly (readonly DocType[])[]) =>
  options.map((option) => option.map((docType) => ({ docType, label: DOC_TYPE_LABELS[docType] })));

function categoryView(policy: RegionPolicy, category: Category) {
  const c = policy.categories[category];
  return {
    category,
    label: CATEGORY_LABELS[category],
    class: c.class,
    allowed: c.allowed,
    eligibility: c.eligibility,
    proofOptions: { ...c.proofOptions, labels: labelled(c.proofOptions.value) },
    commitmentAllowed: c.commitmentAllowed,
    validity: { ...c.validity, text: validityText(c.validity.value) },
    extension: c.extension,
    changeLockMonths: c.changeLockMonths,
    benefit: c.benefit,
    instantSelfService: c.instantSelfService,
    referralIssuers: c.referralIssuers,
  };
}

export function publicPolicyView(policy: RegionPolicy) {
  return {
    policyId: policy.id,
    name: policy.name,
    documents: policy.documents,
    periodCounting: policy.periodCounting,
    classification: policy.classification,
    categories: CATEGORIES.map((category) => categoryView(policy, category)),
    materials: {
      ...policy.materials,
      identityLabels: policy.materials.identity.value.map((d) => DOC_TYPE_LABELS[d]),
    },
    commitment: policy.commitment,
    changeLock: {
      ...policy.changeLock,
      exceptions: policy.changeLock.exceptions.map((e) => ({
        ...e,
        label: CHANGE_REASON_LABELS[e.reason],
      })),
    },
    cancelLock: policy.cancelLock,
    cancelEffectiveWorkingDays: policy.cancelEffectiveWorkingDays,
    startDate: policy.startDate,
    temporaryValidityFrom: policy.temporaryValidityFrom,
    emergency: policy.emergency,
    phoneFiling: policy.phoneFiling,
    inProvinceReferral: policy.inProvinceReferral,
    admissions: policy.admissions,
    insuranceStatusEndsLongTerm: policy.insuranceStatusEndsLongTerm,
    destination: policy.destination,
    review: policy.review,
    /** 零星报销 (AH-47, HA-17, HA-18, HA-19, BB-3-2). */
    claims: claimsPolicyView(policy),
    directSettlement: policy.directSettlement,
    usableAt: policy.usableAt,
    unregisteredBenefit: policy.unregisteredBenefit,
  };
}

export type PublicPolicyView = ReturnType<typeof publicPolicyView>;
