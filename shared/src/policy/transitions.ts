// The status machine, once: which event may happen to a filing in which status, the status it
// leaves the filing in, and the policy item (rule id and clause, per region) it applies. The
// engine's `*Blocked` checks, the sweep and the services' transition() path all read this table;
// no other module keeps its own list of which status allows what. Filing a new application
// (newFiling.ts) is the one way in and is not a row: it starts a filing rather than moving one.
import { FILING_STATUSES, filingClassOf, type Category, type FilingStatus } from '../schemas/enums';
import type { ErrorCode } from '../errors';
import { MESSAGES, withBasis, type ActionWord } from './messages';
import { refusal } from './refusal';
import type { RuleId } from './ruleIds';
import type { FilingState, RegionPolicy, Refusal, RuleRef } from './types';

/** A registration in use or on its way: under review, returned for correction, or in effect. */
export const LIVE_STATUSES = [
  'ACTIVE',
  'PENDING_REVIEW',
  'RETURNED',
] as const satisfies readonly FilingStatus[];
export type LiveStatus = (typeof LIVE_STATUSES)[number];

export function isLive(status: FilingStatus): status is LiveStatus {
  return (LIVE_STATUSES as readonly FilingStatus[]).includes(status);
}

/** How a refusal of the event reads when the filing's status does not allow it. */
type NotAllowed =
  /** The engine's sentence ("这份备案目前是…状态，不能办理…") with the row's rule and clause. */
  | { cites: true; word: ActionWord }
  /** A reviewer's decision: the staff page's own sentence, no rule (the API never cited one). */
  | { cites: false; message: () => string };

export interface TransitionRow {
  from: readonly FilingStatus[];
  /** The status after the event; UNCHANGED keeps the one it had (a change, a supplement …). */
  to: FilingStatus | 'UNCHANGED';
  /** The policy item this transition applies, in the filing's region (and category). */
  ruleOf: (policy: RegionPolicy, filing: Pick<FilingState, 'category'>) => RuleRef;
  /**
   * Checked before the status: the event does not exist for this filing at all, whatever its
   * status (no change of a per-admission filing, no supplement without an open commitment …), so
   * the app leaves the button out rather than greying it.
   */
  applies?: (policy: RegionPolicy, filing: FilingState) => Refusal | null;
  /** Whether the region has the event for a category at all (docs/policy.md lists only those). */
  offered?: (policy: RegionPolicy, category: Category) => boolean;
  /** The answer when the status is not in `from`; null for the sweep's own events (nobody asks). */
  notAllowed: NotAllowed | null;
}

const review = (policy: RegionPolicy): RuleRef => policy.review.onlineWorkingDays;
const category = (policy: RegionPolicy, filing: Pick<FilingState, 'category'>) =>
  policy.categories[filing.category];
const kindOf = (policy: RegionPolicy, c: Category) => policy.categories[c].validity.value.kind;

/** Deemed filed and per-admission registrations are never changed (AH-11, PZH-4-3-2, YJ-9). */
const changeOffered = (policy: RegionPolicy, c: Category) =>
  kindOf(policy, c) !== 'DEEMED_FILED' && kindOf(policy, c) !== 'THIS_ADMISSION';
const extensionOffered = (policy: RegionPolicy, c: Category) =>
  policy.categories[c].extension.value !== null;
const commitmentOffered = (policy: RegionPolicy, c: Category) =>
  policy.categories[c].commitmentAllowed.value;
const insuranceEndOffered = (policy: RegionPolicy, c: Category) =>
  policy.insuranceStatusEndsLongTerm.value && filingClassOf(c) === 'LONG_TERM';

export const TRANSITIONS = {
  APPROVE: {
    from: ['PENDING_REVIEW'],
    to: 'ACTIVE',
    ruleOf: review,
    notAllowed: { cites: false, message: MESSAGES.notUnderReviewToApprove },
  },
  RETURN: {
    from: ['PENDING_REVIEW'],
    to: 'RETURNED',
    ruleOf: review,
    notAllowed: { cites: false, message: MESSAGES.notUnderReview },
  },
  REJECT: {
    from: ['PENDING_REVIEW'],
    to: 'REJECTED',
    ruleOf: review,
    notAllowed: { cites: false, message: MESSAGES.notUnderReview },
  },
  RESUBMIT: {
    from: ['RETURNED'],
    to: 'PENDING_REVIEW',
    ruleOf: review,
    notAllowed: { cites: true, word: 'RESUBMIT' },
  },
  CHANGE: {
    from: ['ACTIVE'],
    to: 'UNCHANGED',
    ruleOf: (policy, filing) => category(policy, filing).changeLockMonths,
    applies: (policy, filing) =>
      changeOffered(policy, filing.category)
        ? null
        : refusal(
            'NOT_APPLICABLE',
            category(policy, filing).validity,
            MESSAGES.changeNotApplicable(filing.category),
          ),
    offered: changeOffered,
    notAllowed: { cites: true, word: 'CHANGE' },
  },
  CANCEL: {
    from: LIVE_STATUSES,
    to: 'CANCELLED',
    ruleOf: (policy) => policy.cancelLock,
    notAllowed: { cites: true, word: 'CANCEL' },
  },
  SUPPLEMENT: {
    from: LIVE_STATUSES,
    to: 'UNCHANGED',
    ruleOf: (policy) => policy.commitment,
    applies: (policy, filing) =>
      filing.commitment?.status === 'OPEN'
        ? null
        : refusal('NOT_APPLICABLE', policy.commitment, MESSAGES.noOpenCommitment()),
    offered: commitmentOffered,
    notAllowed: { cites: true, word: 'SUPPLEMENT' },
  },
  /** The person asks for a PZH-4-2-2 extension (pending where a reviewer decides, else at once). */
  EXTEND: {
    from: ['ACTIVE'],
    to: 'UNCHANGED',
    ruleOf: (policy, filing) => category(policy, filing).extension,
    applies: (policy, filing) => {
      const extension = category(policy, filing).extension;
      return extension.value === null || filing.validUntil === null
        ? refusal(
            'NOT_APPLICABLE',
            extension,
            MESSAGES.noExtension(filing.category, filing.validUntil !== null),
          )
        : null;
    },
    offered: extensionOffered,
    notAllowed: { cites: true, word: 'EXTEND' },
  },
  DECIDE_EXTENSION: {
    from: ['ACTIVE'],
    to: 'UNCHANGED',
    ruleOf: (policy, filing) => category(policy, filing).extension,
    applies: (policy, filing) => {
      const extension = category(policy, filing).extension;
      return !filing.extensionRequest || extension.value === null || filing.validUntil === null
        ? refusal('NO_PENDING_EXTENSION', extension, MESSAGES.noPendingExtension())
        : null;
    },
    offered: extensionOffered,
    notAllowed: { cites: true, word: 'EXTEND' },
  },
  /** An admission, or the discharge of the open one, that leaves the registration in effect. */
  ADMISSION: {
    from: ['ACTIVE'],
    to: 'UNCHANGED',
    ruleOf: (policy) => policy.admissions.coveredToDischarge,
    notAllowed: { cites: true, word: 'ADMISSION' },
  },
  /** The discharge that ends a per-admission registration or a PZH in-province referral. */
  DISCHARGE_ENDS: {
    from: ['ACTIVE'],
    to: 'EXPIRED',
    ruleOf: (policy, filing) => {
      const validity = category(policy, filing).validity;
      return validity.value.kind === 'THIS_ADMISSION' ? validity : policy.inProvinceReferral;
    },
    offered: (policy, c) =>
      kindOf(policy, c) === 'THIS_ADMISSION' ||
      (c === 'REFERRAL' && policy.inProvinceReferral.value?.endsAtSettlement === true),
    notAllowed: { cites: true, word: 'ADMISSION' },
  },
  /** AH 第十三条（一）: staff record that the person's insurance status changed. */
  INSURANCE_STATUS_END: {
    from: LIVE_STATUSES,
    to: 'TERMINATED',
    ruleOf: (policy) => policy.insuranceStatusEndsLongTerm,
    applies: (policy, filing) => {
      const rule = policy.insuranceStatusEndsLongTerm;
      return !rule.value || filing.class !== 'LONG_TERM'
        ? refusal('NOT_APPLICABLE', rule, MESSAGES.insuranceStatusEndNotApplicable())
        : null;
    },
    offered: insuranceEndOffered,
    notAllowed: { cites: true, word: 'END' },
  },
  /** The sweep: the commitment's due date passed without the materials. */
  COMMITMENT_BREACH: {
    from: LIVE_STATUSES,
    to: 'TERMINATED',
    ruleOf: (policy) => policy.commitment,
    offered: commitmentOffered,
    notAllowed: null,
  },
  /** The sweep: the validity (or the covered stay after it) ended. */
  VALIDITY_END: {
    from: ['ACTIVE'],
    to: 'EXPIRED',
    ruleOf: (policy, filing) => category(policy, filing).validity,
    // An indefinite registration ends only by another event; a per-admission one at discharge.
    offered: (policy, c) =>
      kindOf(policy, c) !== 'INDEFINITE' && kindOf(policy, c) !== 'DEEMED_FILED',
    notAllowed: null,
  },
} as const satisfies Record<string, TransitionRow>;

export type TransitionEvent = keyof typeof TRANSITIONS;
export const TRANSITION_EVENTS = Object.keys(TRANSITIONS) as TransitionEvent[];

/** Events a person or a reviewer asks for; their refusal cites the rule (the engine's events). */
export type CitedEvent = {
  [E in TransitionEvent]: (typeof TRANSITIONS)[E]['notAllowed'] extends { cites: true } ? E : never;
}[TransitionEvent];

function rowOf(event: TransitionEvent): TransitionRow {
  return TRANSITIONS[event];
}

/** The status the event leaves a filing in, or null when the event is not allowed from `status`. */
export function nextStatus(status: FilingStatus, event: TransitionEvent): FilingStatus | null {
  const row = rowOf(event);
  if (!row.from.includes(status)) return null;
  return row.to === 'UNCHANGED' ? status : row.to;
}

export function canTransition(status: FilingStatus, event: TransitionEvent): boolean {
  return nextStatus(status, event) !== null;
}

/** Statuses no event leaves: a rejection is final, the others end the registration. */
export const CLOSED_STATUSES: readonly FilingStatus[] = FILING_STATUSES.filter(
  (status) => !TRANSITION_EVENTS.some((event) => canTransition(status, event)),
);

export function isClosed(status: FilingStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** A refusal as the API answers it: the staff page's review refusals carry no rule. */
export interface TransitionRefusal {
  code: ErrorCode;
  message: string;
  rule?: RuleId;
}

/**
 * Why the event cannot happen to this filing now, as far as the table says (the event exists for
 * the filing, and its status allows it), or null. What the event then decides (locks, dates,
 * materials) is the use case's own decision.
 */
export function transitionRefusal(
  policy: RegionPolicy,
  filing: FilingState,
  event: TransitionEvent,
): TransitionRefusal | null {
  const row = rowOf(event);
  const inapplicable = row.applies?.(policy, filing) ?? null;
  if (inapplicable) return inapplicable;
  if (row.from.includes(filing.status) || row.notAllowed === null) return null;
  if (!row.notAllowed.cites)
    return { code: 'FILING_NOT_ACTIVE', message: row.notAllowed.message() };
  const ref = row.ruleOf(policy, filing);
  return {
    code: 'FILING_NOT_ACTIVE',
    rule: ref.rule,
    message: withBasis(MESSAGES.filingNotActive(filing.status, row.notAllowed.word), ref.clause),
  };
}

/** transitionRefusal for the engine's own checks, whose refusals always name their rule. */
export function transitionBlocked(
  policy: RegionPolicy,
  filing: FilingState,
  event: CitedEvent,
): Refusal | null {
  const refused = transitionRefusal(policy, filing, event);
  if (!refused) return null;
  const rule = refused.rule ?? rowOf(event).ruleOf(policy, filing).rule;
  return { ...refused, rule };
}

/** Every rule id a row applies in a region, over the categories it offers (for docs/policy.md). */
export function transitionRulesIn(policy: RegionPolicy, event: TransitionEvent): RuleId[] {
  const row = rowOf(event);
  const categories = Object.keys(policy.categories) as Category[];
  const rules = categories
    .filter((c) => policy.categories[c].allowed.value && (row.offered?.(policy, c) ?? true))
    .map((c) => row.ruleOf(policy, { category: c }).rule);
  return [...new Set(rules)];
}
