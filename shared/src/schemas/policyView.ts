// The public policy reads (docs/api.md "Policies"): the region list and a region's policy.
import * as z from 'zod/mini';

/** GET /v1/regions: pooling regions with a policy. */
export const policyRegionSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  province: z.string(),
  policyId: z.string(),
});
export type PolicyRegionSummary = z.infer<typeof policyRegionSummarySchema>;
export const policyRegionListSchema = z.array(policyRegionSummarySchema);

/** A policy item: its value, the rule id and the clause it comes from. */
const ruledSchema = z.looseObject({ rule: z.string(), clause: z.string() });

/**
 * GET /v1/regions/{code}/policy: the effective policy (shared/src/policy/publicView.ts). Its
 * members are the policy's own items, each `{value, rule, clause}`; they are typed by
 * `PublicPolicyView` and documented here at the first level.
 */
export const publicPolicyViewSchema = z.looseObject({
  policyId: z.string(),
  name: z.string(),
  documents: z.array(z.unknown()),
  periodCounting: ruledSchema,
  classification: ruledSchema,
  categories: z.array(
    z.looseObject({ category: z.string(), label: z.string(), class: z.string() }),
  ),
  materials: z.looseObject({}),
  commitment: z.looseObject({}),
  changeLock: z.looseObject({}),
  cancelLock: z.looseObject({}),
  review: z.looseObject({}),
  /** 零星报销: kinds with their documents, cases, deadline, extension, payment (AH-47, HA-17/18/19). */
  claims: z.looseObject({
    kinds: z.array(
      z.looseObject({
        kind: z.string(),
        label: z.string(),
        documents: z.array(
          z.looseObject({
            docType: z.string(),
            alsoAccepted: z.array(z.string()),
            label: z.string(),
          }),
        ),
      }),
    ),
    cases: z.array(
      z.looseObject({ case: z.string(), label: z.string(), filingRequired: z.boolean() }),
    ),
    deadline: ruledSchema,
    extension: ruledSchema,
    payment: ruledSchema,
  }),
});
