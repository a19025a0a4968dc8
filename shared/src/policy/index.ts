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
  AdmissionState,
  CommitmentConsequence,
  CommitmentGroup,
  CommitmentState,
  ExtensionRequestState,
  StudentSituation,
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
  LOCK_ANCHORS,
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
export {
  commitmentDue,
  commitmentDueDate,
  commitmentDueIsFinalAndPassed,
  openCommitment,
  commitmentBreach,
} from './commitment';
export { reviewDue, reviewDueDate, decideReviewApproval } from './review';
export { decideNewFiling } from './newFiling';
export { decideChange, changeBlocked } from './change';
export { decideCancel, cancelBlocked } from './cancel';
export { decideSupplement, supplementBlocked } from './supplement';
export {
  decideExtensionRequest,
  decideExtensionDecision,
  extendBlocked,
  type ExtensionOutcome,
} from './extend';
export {
  decideAdmission,
  decideInsuranceStatusEnd,
  admissionNotice,
  coveredThrough,
  isBoundReferral,
  type AdmissionInput,
  type AdmissionOutcome,
} from './admissions';
export { phoneFilingAdvice, type PhoneFilingAdvice } from './channels';
export { statutoryRetirementDate, retirementDelayMonths } from './retirementAge';
export { retroFilingLastDay, holidaysWithin } from './retroWindow';
export { lockAnchorOf } from './locks';
export { decideActions, isApplicable, withApplicability } from './actions';
export { resubmitBlocked } from './resubmit';
export { sweepFiling } from './sweep';
export { categoryGuide, type CategoryGuide } from './guide';
export { publicPolicyView, type PublicPolicyView } from './publicView';
export {
  MESSAGES,
  COMMITMENT_GROUP_LABELS,
  IN_HOSPITAL_TEXT,
  STUDENT_SITUATION_LABELS,
  chineseDate,
  chineseMonths,
  validityText,
  withBasis,
} from './messages';
export { lockLiftsOn } from './locks';
export {
  CONSENT_RULES,
  GUARDIAN_CONSENT_BELOW_AGE,
  GUARDIAN_CONSENT_TEXT,
  PRIVACY_POLICY_VERSION,
  SENSITIVE_CONSENT_TEXT,
  consentRefusal,
  consentRequirement,
  isUnder14,
  type ConsentGiven,
  type ConsentRequirement,
} from './consent';
export {
  REVIEWER_ROLES,
  SEPARATION_OF_DUTIES_RULE,
  isReviewer,
  reviewConflict,
  type ReviewerRelation,
} from './duties';
export {
  CLOSED_STATUSES,
  LIVE_STATUSES,
  TRANSITIONS,
  TRANSITION_EVENTS,
  canTransition,
  isClosed,
  isLive,
  nextStatus,
  transitionBlocked,
  transitionRefusal,
  transitionRulesIn,
  type CitedEvent,
  type LiveStatus,
  type TransitionEvent,
  type TransitionRefusal,
  type TransitionRow,
} from './transitions';
export { commitmentLetterRetention, type LetterRetention } from './retention';
export * from './claims';
export { claimsPolicyView, type ClaimsPolicyView } from './claims/publicView';
