// The shape of one region's policy, as a zod schema: a plain object (JSON, a preset, a sixth
// region) becomes a RegionPolicy only through buildPolicy, so the engine can trust every field.
// Each field carries the rule id and clause it comes from: { value, rule, clause }.
import * as z from 'zod/mini';
import {
  CATEGORIES,
  CHANGE_REASONS,
  COMMITMENT_GROUPS,
  DOC_TYPES,
  FILING_CLASSES,
  INSURANCE_TYPES,
  REFERRAL_CONDITIONS,
  STUDENT_SITUATIONS,
  filingClassOf,
} from '../schemas/enums';

export { COMMITMENT_GROUPS, STUDENT_SITUATIONS };
import { RULE_IDS } from './ruleIds';
import { claimPolicySchema } from './claims/claimPolicySchema';

const ruleIdSchema = z.enum(RULE_IDS, { message: 'unknown rule id (see ruleIds.ts)' });
const clauseSchema = z.string().check(z.trim(), z.minLength(1, 'a clause reference is required'));
const docType = z.enum(DOC_TYPES);
const category = z.enum(CATEGORIES);
const filingClass = z.enum(FILING_CLASSES);
const wholeMonths = z.int().check(z.minimum(0));

/** `{ value, rule, clause }`: a policy value with the rule and clause it comes from. */
export function withRule<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ value, rule: ruleIdSchema, clause: clauseSchema });
}

export const ruleRefSchema = z.strictObject({ rule: ruleIdSchema, clause: clauseSchema });

const conditions = z.array(z.enum(REFERRAL_CONDITIONS));

/** How long a registration of one category lasts (docs/policy-sources.md §4). */
export const validitySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('INDEFINITE') }),
  z.strictObject({
    kind: z.literal('MONTHS'),
    months: z.int().check(z.positive()),
    indefiniteForConditions: conditions,
  }),
  z.strictObject({
    kind: z.literal('DAYS'),
    days: z.int().check(z.positive()),
    /** YJ-9 counts "from the day of success", that day included; CC-201 does not count it. */
    startDayCounted: z.boolean(),
    indefiniteForConditions: conditions,
  }),
  z.strictObject({ kind: z.literal('PROOF_END_DATE') }),
  z.strictObject({ kind: z.literal('THIS_ADMISSION') }),
  z.strictObject({ kind: z.literal('DEEMED_FILED') }),
]);

export const eligibilitySchema = z.strictObject({
  insuranceTypes: z.array(z.enum(INSURANCE_TYPES)).check(z.minLength(1)),
  requiresRetired: z.boolean(),
  requiresHukouMoved: z.boolean(),
  /**
   * PZH-1: reached the statutory retirement age (or declared retired). MALE/FEMALE are the ages
   * the document states (for residents); `employees: 'STATUTORY'` counts employees by the national
   * statutory retirement age (2025 reform, retirementAge.ts) instead.
   */
  retirementAge: z.nullable(
    z.strictObject({
      MALE: z.int().check(z.minimum(0)),
      FEMALE: z.int().check(z.minimum(0)),
      employees: z.enum(['AS_STATED', 'STATUTORY']),
    }),
  ),
  minimumResidenceMonths: z.nullable(wholeMonths),
  minimumWorkMonths: z.nullable(wholeMonths),
  /** YJ-5: students count as workers with no minimum duration … */
  studentsExempt: z.boolean(),
  /** … only in these situations (YJ-5: at home in a vacation or sick leave, at a branch campus). */
  studentSituations: z.array(z.enum(STUDENT_SITUATIONS)),
});

export const BENEFIT_KINDS = [
  'SAME_AS_LOCAL',
  'RATIO_REDUCED',
  'INSURED_PLACE_POLICY',
  'NOT_COVERED',
] as const;

export const benefitSchema = z
  .strictObject({
    kind: z.enum(BENEFIT_KINDS),
    /** Cut of the basic-insurance payment ratio against a local hospital of the same level. */
    basicRatioCut: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
    /** Cut for serious-illness / supplementary insurance (YJ-10). */
    supplementaryRatioCut: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
    unit: z.nullable(z.enum(['PERCENTAGE_POINTS', 'PERCENT'])),
    /** Plain Chinese for the user. */
    text: z.string().check(z.trim(), z.minLength(1)),
    rule: ruleIdSchema,
    clause: clauseSchema,
  })
  .check(
    z.refine((b) => b.kind !== 'RATIO_REDUCED' || (b.basicRatioCut !== null && b.unit !== null), {
      message: 'a RATIO_REDUCED benefit needs basicRatioCut and unit',
    }),
  );

const referralIssuersSchema = z.strictObject({
  minimumLevel: z.string().check(z.trim(), z.minLength(1)),
  hospitals: z.array(
    z.strictObject({
      name: z.string().check(z.minLength(1)),
      area: z.string().check(z.minLength(1)),
    }),
  ),
});

export const categoryPolicySchema = z.strictObject({
  allowed: withRule(z.boolean()),
  class: filingClass,
  eligibility: withRule(eligibilitySchema),
  /** Any one option; every document of the option. [[]] = no proof beyond identity. */
  proofOptions: withRule(z.array(z.array(docType)).check(z.minLength(1))),
  commitmentAllowed: withRule(z.boolean()),
  validity: withRule(validitySchema),
  extension: withRule(
    z.nullable(
      z.strictObject({
        months: z.int().check(z.positive()),
        /** PZH-4-2-2 "经审批生效": a request with its reason, decided by a reviewer. */
        onApproval: z.boolean(),
        /** PZH-4-2-2 "未能办理入院的": not once an admission is recorded. */
        onlyBeforeAdmission: z.boolean(),
      }),
    ),
  ),
  /** 0 = no lock; null = changes only through an exception (e.g. AH-14-2 referral). */
  changeLockMonths: withRule(z.nullable(wholeMonths)),
  benefit: benefitSchema,
  /** AH-12-3: takes effect on submission, no human review (a preset's choice). */
  instantSelfService: withRule(z.boolean()),
  referralIssuers: withRule(z.nullable(referralIssuersSchema)),
});

export const COMMITMENT_CONSEQUENCES = [
  'CLAWBACK',
  'LONG_TERM_BENEFITS_ENDED',
  'CREDIT_REPORT',
] as const;
export const EMERGENCY_MODES = [
  'DEEMED_FILED',
  'RETRO_FILING_BEFORE_DISCHARGE',
  'NOT_A_CATEGORY',
] as const;
export const USABLE_AT = ['DESTINATION_ONLY', 'BOTH', 'BOTH_WHEN_COMPLETE', 'NOT_STATED'] as const;
export const CANCEL_EXCEPTIONS = ['EMERGENCY', 'IN_HOSPITAL'] as const;
/** Where the lock periods count from (POLICY §5). */
export const LOCK_ANCHORS = ['EFFECTIVE_DATE', 'LATEST_EFFECTIVE_DATE', 'FILING_DATE'] as const;

const changeExceptionSchema = z.strictObject({
  reason: z.enum(CHANGE_REASONS),
  categories: z.array(category).check(z.minLength(1)),
  evidenceRequired: z.boolean(),
  /** AH-14-3 is not subject to AH-14-1's open-commitment block. */
  evenWhileCommitmentOpen: z.boolean(),
  rule: ruleIdSchema,
  clause: clauseSchema,
});

const regionPolicyObject = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[A-Z][A-Z0-9_-]*$/, 'policy id: upper-case letters, digits, - or _')),
  name: z.string().check(z.trim(), z.minLength(1)),
  documents: z
    .array(
      z.strictObject({
        title: z.string().check(z.trim(), z.minLength(1)),
        number: z.string().check(z.trim(), z.minLength(1)),
        date: z.iso.date(),
      }),
    )
    .check(z.minLength(1)),
  periodCounting: withRule(z.literal('CIVIL_CODE')),
  classification: withRule(z.string().check(z.trim(), z.minLength(1))),
  categories: z.record(category, categoryPolicySchema),
  materials: z.strictObject({
    identity: withRule(z.array(docType).check(z.minLength(1))),
    filingFormRequired: withRule(z.boolean()),
    noExtraMaterials: withRule(z.boolean()),
    allProblemsAtOnce: withRule(z.boolean()),
  }),
  commitment: withRule(
    z.nullable(
      z.strictObject({
        months: z.int().check(z.positive()),
        consequence: z.enum(COMMITMENT_CONSEQUENCES),
        letterRetentionYears: z.int().check(z.positive()),
        usableWhileOpen: z.boolean(),
        /** null = anyone in a committable category; else only these (HA-7). */
        groups: z.nullable(z.array(z.enum(COMMITMENT_GROUPS)).check(z.minLength(1))),
        /** null = any proof document; else only these may be promised (HA-7: residence). */
        committableDocs: z.nullable(z.array(docType).check(z.minLength(1))),
      }),
    ),
  ),
  changeLock: z.strictObject({
    /** EFFECTIVE_DATE (default): the day the registration took effect; a change keeps it. */
    countsFrom: withRule(z.enum(LOCK_ANCHORS)),
    exceptions: z.array(changeExceptionSchema),
    blockedWhileCommitmentOpen: withRule(z.boolean()),
  }),
  cancelLock: withRule(
    z.nullable(
      z.strictObject({
        months: z.int().check(z.positive()),
        classes: z.array(filingClass).check(z.minLength(1)),
        exceptions: z.array(z.enum(CANCEL_EXCEPTIONS)),
      }),
    ),
  ),
  /** HA-9: an online cancellation completes on the next working day (1). */
  cancelEffectiveWorkingDays: withRule(z.int().check(z.minimum(0))),
  startDate: withRule(z.enum(['NOT_BEFORE_APPLICATION', 'ON_APPROVAL'])),
  /** HA-8: a temporary registration's months/days count from the application day, not the start. */
  temporaryValidityFrom: withRule(z.enum(['START_DATE', 'APPLICATION_DATE'])),
  emergency: withRule(
    z.strictObject({
      mode: z.enum(EMERGENCY_MODES),
      /** YJ-6: the retro-filing window is extended by the statutory holidays inside it. */
      holidaysExtendWindow: z.boolean(),
    }),
  ),
  /** PZH-4-4: care not settled directly (or no PZH filing possible) is filed by phone. */
  phoneFiling: withRule(
    z.nullable(
      z.strictObject({
        phone: z.string().check(z.regex(/^[0-9-]+$/)),
        name: z.string().check(z.trim(), z.minLength(1)),
      }),
    ),
  ),
  /** PZH-4-2-2: an in-province referral settles only at the filed hospital, ends at settlement. */
  inProvinceReferral: withRule(
    z.nullable(z.strictObject({ boundToHospital: z.boolean(), endsAtSettlement: z.boolean() })),
  ),
  admissions: z.strictObject({
    /** AH-13-2, YJ-9: an admission inside the validity is covered until discharge. */
    coveredToDischarge: withRule(z.array(filingClass)),
    /** AH-22, HA-11: a filing made during an admission starts on the admission date. */
    filingDuringAdmission: withRule(z.boolean()),
  }),
  /** AH 第十三条（一）: a long-term registration ends when the insurance status changes. */
  insuranceStatusEndsLongTerm: withRule(z.boolean()),
  destination: z.strictObject({
    provinceLevelCodes: withRule(z.array(z.string().check(z.regex(/^\d{2}0000$/)))),
    /** HA-6 "直接备案到就医地或省份": any province may also be chosen as a whole. */
    wholeProvinceAccepted: withRule(z.boolean()),
    anyInstitution: withRule(z.boolean()),
    outsidePoolingRegion: withRule(z.boolean()),
  }),
  review: z.strictObject({
    onlineWorkingDays: withRule(z.int().check(z.minimum(0))),
    window: withRule(z.nullable(z.literal('ON_THE_SPOT'))),
  }),
  /** 零星报销 (POLICY §10): claims/claimPolicySchema.ts. */
  claims: claimPolicySchema,
  directSettlement: withRule(z.string().check(z.trim(), z.minLength(1))),
  usableAt: z.strictObject({
    LONG_TERM: withRule(z.enum(USABLE_AT)),
    TEMPORARY: withRule(z.enum(USABLE_AT)),
  }),
  unregisteredBenefit: z.nullable(benefitSchema),
});

type RegionPolicyShape = z.infer<typeof regionPolicyObject>;

/** Cross-field rules a plain object must also satisfy. */
function checkConsistency(policy: RegionPolicyShape, ctx: z.core.$RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  for (const name of CATEGORIES) {
    const c = policy.categories[name];
    const at = ['categories', name];
    if (c.class !== filingClassOf(name)) {
      issue([...at, 'class'], `${name} is ${filingClassOf(name)} (AH-10)`);
    }
    if (
      c.commitmentAllowed.value &&
      (c.class !== 'LONG_TERM' || policy.commitment.value === null)
    ) {
      issue(
        [...at, 'commitmentAllowed'],
        'a commitment may only replace long-term proof, in a region with commitment terms',
      );
    }
    if (c.instantSelfService.value && !c.allowed.value) {
      issue([...at, 'instantSelfService'], 'instant self-service needs an allowed category');
    }
    const kind = c.validity.value.kind;
    if (c.extension.value !== null && kind !== 'MONTHS' && kind !== 'DAYS') {
      issue([...at, 'extension'], 'only a validity counted in months or days can be extended');
    }
  }
  const emergency = policy.categories.EMERGENCY;
  const mode = policy.emergency.value.mode;
  const expected = {
    DEEMED_FILED: { allowed: false, kind: 'DEEMED_FILED' },
    RETRO_FILING_BEFORE_DISCHARGE: { allowed: true, kind: 'THIS_ADMISSION' },
    NOT_A_CATEGORY: { allowed: false, kind: null },
  }[mode];
  if (emergency.allowed.value !== expected.allowed) {
    issue(
      ['categories', 'EMERGENCY', 'allowed'],
      `emergency mode ${mode} needs allowed = ${expected.allowed}`,
    );
  }
  if (expected.kind !== null && emergency.validity.value.kind !== expected.kind) {
    issue(
      ['categories', 'EMERGENCY', 'validity'],
      `emergency mode ${mode} needs ${expected.kind} validity`,
    );
  }
  policy.changeLock.exceptions.forEach((exception, index) => {
    for (const name of exception.categories) {
      if (!policy.categories[name].allowed.value) {
        issue(['changeLock', 'exceptions', index, 'categories'], `${name} is not allowed here`);
      }
    }
  });
}

export const regionPolicySchema = regionPolicyObject.check(z.superRefine(checkConsistency));
