// One region's 零星报销 rules (POLICY §10): which kinds and cases, the documents per kind, the
// deadline and its extension (AH-47), the payment time (HA-19), the one-place rule (BB 三(二)).
// Every item is `{ value, rule, clause }` like the rest of the policy.
import * as z from 'zod/mini';
import { CLAIM_CASES, CLAIM_KINDS, DOC_TYPES } from '../../schemas/enums';
import { RULE_IDS } from '../ruleIds';

const ruleIdSchema = z.enum(RULE_IDS, { message: 'unknown rule id (see ruleIds.ts)' });
const clauseSchema = z.string().check(z.trim(), z.minLength(1, 'a clause reference is required'));
// Local twin of policySchema's withRule: importing it would make the two files import each other.
function withRule<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ value, rule: ruleIdSchema, clause: clauseSchema });
}
const text = z.string().check(z.trim(), z.minLength(1));
const kind = z.enum(CLAIM_KINDS);
const docType = z.enum(DOC_TYPES);

/** One document a kind needs; `alsoAccepted` stands in for it ("诊断证明（或出院小结）"). */
export const claimDocumentSchema = z.strictObject({
  docType,
  alsoAccepted: z.array(docType),
  /** The notice's own words, shown before the person starts. */
  label: text,
});

/** A case in which bills not settled directly may be claimed (HA-17; AH-47; PZH-4-4; YJ-10). */
export const claimCaseSchema = z.strictObject({
  case: z.enum(CLAIM_CASES),
  kinds: z.array(kind).check(z.minLength(1)),
  /** HA-17（一）"办理异地就医备案手续后", PZH-4-4: only with a registration. */
  filingRequired: z.boolean(),
  text,
  rule: ruleIdSchema,
  clause: clauseSchema,
});

export const claimPolicySchema = z.strictObject({
  /** Each case carries its own rule (HA-17 (一)–(五) are one article, AH-47 another). */
  cases: z.array(claimCaseSchema).check(z.minLength(1)),
  /** Every kind of HA-18 has its list; a region with no list of its own asks the same of all. */
  documents: withRule(
    z.record(kind, z.array(claimDocumentSchema).check(z.minLength(1), z.maxLength(10))),
  ),
  /** HA-18 "不得随意增加其他材料 … 应一次性告知补齐材料". */
  noExtraDocuments: withRule(z.boolean()),
  allMissingAtOnce: withRule(z.boolean()),
  /** AH-47: months from the day the bill was paid in full (CC-201); null = no deadline set. */
  deadline: withRule(z.nullable(z.strictObject({ months: z.int().check(z.positive()) }))),
  /** AH-47: one extension on approval, asked before the deadline; null = none. */
  extension: withRule(
    z.nullable(
      z.strictObject({
        months: z.int().check(z.positive()),
        times: z.int().check(z.positive()),
        onApproval: z.boolean(),
        askedBeforeDeadline: z.boolean(),
      }),
    ),
  ),
  /** AH-47 "逾期未按规定提交零星报销申请时，视为放弃医保报销": the sweep forfeits. */
  forfeitedAfterDeadline: withRule(z.boolean()),
  /** HA-19: working days from complete materials to payment; 20 in special cases; null = unset. */
  payment: withRule(
    z.nullable(
      z.strictObject({
        normalWorkingDays: z.int().check(z.positive()),
        specialWorkingDays: z.int().check(z.positive()),
        /** "不能在上述期限内完成报销的应提前告知参保人员". */
        toldInAdvance: z.boolean(),
      }),
    ),
  ),
  /** Working days from complete materials by which the reviewer queue orders a claim. */
  reviewWorkingDays: withRule(z.int().check(z.minimum(0))),
  /** BB 000 三(二): one admission is settled in one place only; the app shows `text`. */
  oneSettlementPerAdmission: withRule(z.nullable(z.strictObject({ text }))),
});
