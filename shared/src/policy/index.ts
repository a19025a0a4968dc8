// The policy package: rule ids, the policy schema, the five presets and their registry, and the
// pure rules engine. Handlers and the app call only these; they never re-decide a rule.
export { RULE_IDS, RULE_DESCRIPTIONS, isRuleId, type RuleId } from './ruleIds';
// Action, Destination and FilingActions are also names in ../schemas (the API's zod types, which
// these are assignable to); the package root re-exports both, so here they carry a prefix.
export type {
  Action as PolicyAction,
  Destination as PolicyDestination,
  FilingActions as PolicyFilingActions,
  BenefitAdjustment,
  CancelRequest,
  CategoryPolicy,
  ChangeOutcome,
  ChangeRequest,
  CommitmentConsequence,
  CommitmentState,
  Decision,
  EligibilityFacts,
  EmergencyFacts,
  FilingRequest,
  FilingState,
  NewFilingOutcome,
  PersonFacts,
  ProofSubmission,
  Refusal,
  RegionPolicy,
  RegionPolicyInput,
  Reminder,
  ReminderKind,
  Ruled,
  RuleRef,
  SweepResult,
  Validity,
} from './types';
export {
  regionPolicySchema,
  categoryPolicySchema,
  validitySchema,
  benefitSchema,
  COMMITMENT_CONSEQUENCES,
  EMERGENCY_MODES,
  USABLE_AT,
  CANCEL_EXCEPTIONS,
  BENEFIT_KINDS,
} from './policySchema';
export { buildPolicy, PolicyValidationError } from './buildPolicy';
export { overridePolicy, type PolicyOverride } from './mergePolicy';
export {
  POLICY_PRESETS,
  PRESET_INPUTS,
  ANHUI_POLICY_INPUT,
  BENGBU_POLICY_INPUT,
  BENGBU_REFERRAL_HOSPITALS,
  HUAIAN_POLICY_INPUT,
  PANZHIHUA_POLICY_INPUT,
  YANGJIANG_POLICY_INPUT,
} from './presets';
export {
  policyForRegion,
  listPolicyRegions,
  findPolicyRegion,
  citiesCoveredBy,
  type PolicyRegion,
} from './registry';
export { validateDestination } from './destination';
export { checkEligibility, eligibleCategories, type EligibilityMode } from './eligibility';
export { validUntilFor, needsProofEndDate } from './validity';
export { commitmentDueDate, openCommitment, commitmentBreach } from './commitment';
export { reviewDueDate, decideReviewApproval } from './review';
export { decideNewFiling } from './newFiling';
export { decideChange, changeBlocked } from './change';
export { decideCancel, cancelBlocked } from './cancel';
export { decideSupplement, supplementBlocked } from './supplement';
export { decideExtend, extendBlocked } from './extend';
export { decideActions, isApplicable, withApplicability } from './actions';
export { sweepFiling } from './sweep';
export { categoryGuide, type CategoryGuide } from './guide';
export { publicPolicyView, type PublicPolicyView } from './publicView';
export { MESSAGES, chineseDate, chineseMonths, validityText, withBasis } from './messages';
export { lockLiftsOn } from './locks';
export { commitmentLetterRetention, type LetterRetention } from './retention';
