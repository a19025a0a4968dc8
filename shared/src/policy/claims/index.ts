// 零星报销 (POLICY §10): the claim rules' schema, the documents the presets use, and the pure
// engine — deadline (AH-47, CC-201), extension, completeness (HA-18), payment (HA-19), sweep, actions.
export {
  claimPolicySchema,
  claimCaseSchema as claimCasePolicySchema,
  claimDocumentSchema,
} from './claimPolicySchema';
export { HA18_DOCUMENTS, BILLS_ONLY, ALL_CLAIM_KINDS } from './presetDocuments';
export {
  claimDeadline,
  extendedClaimDeadline,
  currentClaimDeadline,
  claimDeadlinePassed,
} from './deadline';
export { missingClaimDocuments, claimDocumentTypes } from './completeness';
export { claimPaymentDue, claimReviewDue } from './payment';
export { decideNewClaim, claimCaseFor, missingDocumentsRefusal } from './newClaim';
export {
  CLAIM_OPEN_STATUSES,
  CLAIM_CLOSED_STATUSES,
  bindingClaimDeadline,
  claimSupplementBlocked,
  decideClaimSupplement,
  claimReviewBlocked,
  decideClaimReview,
  claimPaidBlocked,
} from './lifecycle';
export { sweepClaim, nextClaimSweepDay } from './sweep';
export { decideClaimActions, decideNewClaimActions } from './actions';
export { CLAIM_MESSAGES } from './messages';
export type * from './types';
