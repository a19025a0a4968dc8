// POST /v1/claims: which case the claim is (HA-17), whether it is still in time (AH-47), whether
// every document is there (HA-18) — or, before the deadline, an extension asked instead (AH-47).
import { BUNDLED_CALENDAR, isAfter, type IsoDate, type NationalCalendar } from '../../calendar';
import { DOC_TYPE_LABELS, type ClaimCase, type DocType } from '../../schemas/enums';
import { refusal, uniqueRules } from '../refusal';
import type { RegionPolicy } from '../types';
import { missingClaimDocuments } from './completeness';
import { claimDeadline, claimDeadlinePassed } from './deadline';
import { CLAIM_MESSAGES } from './messages';
import { claimReviewDue } from './payment';
import type { ClaimDecisionResult, ClaimRefusal, NewClaimOutcome, NewClaimRequest } from './types';

type CasePolicy = RegionPolicy['claims']['cases'][number];

/** The case a request names, or the one it defaults to (see NewClaimRequest.case). */
export function claimCaseFor(
  policy: RegionPolicy,
  request: Pick<NewClaimRequest, 'kind' | 'case' | 'hasFiling'>,
): ClaimDecisionResult<CasePolicy> {
  const cases = policy.claims.cases;
  const first = cases[0] as CasePolicy;
  const named = request.case
    ? cases.find((c) => c.case === request.case)
    : request.hasFiling
      ? (cases.find((c) => c.case === 'NOT_SETTLED_DIRECTLY' && c.kinds.includes(request.kind)) ??
        cases.find((c) => c.kinds.includes(request.kind)))
      : // Without a filing and no case named: OTHER (the reviewer checks it) before a specific one.
        (cases.find(
          (c) => c.case === 'OTHER' && !c.filingRequired && c.kinds.includes(request.kind),
        ) ?? cases.find((c) => !c.filingRequired && c.kinds.includes(request.kind)));
  if (!named) {
    // PZH-4-4: never "cannot be claimed" where the channel is the phone filing.
    if (!request.hasFiling && policy.phoneFiling.value) {
      return {
        ok: false,
        refusal: refusal('PHONE_FILING_REQUIRED', policy.phoneFiling, first.text + '。'),
      };
    }
    return {
      ok: false,
      refusal: refusal('NOT_ELIGIBLE', first, CLAIM_MESSAGES.noCase(request.kind), {
        fields: { case: CLAIM_MESSAGES.noCase(request.kind) },
      }),
    };
  }
  if (!named.kinds.includes(request.kind)) {
    return {
      ok: false,
      refusal: refusal('NOT_ELIGIBLE', named, CLAIM_MESSAGES.kindNotInCase(request.kind), {
        fields: { kind: CLAIM_MESSAGES.kindNotInCase(request.kind) },
      }),
    };
  }
  if (named.filingRequired && !request.hasFiling) {
    return {
      ok: false,
      refusal: refusal('NOT_ELIGIBLE', named, CLAIM_MESSAGES.filingRequired(), {
        fields: { filingId: CLAIM_MESSAGES.filingRequired() },
      }),
    };
  }
  return { ok: true, value: named };
}

export function missingDocumentsRefusal(policy: RegionPolicy, missing: DocType[]): ClaimRefusal {
  const labels = missing.map((docType) => DOC_TYPE_LABELS[docType]);
  const text =
    policy.claims.deadline.value === null
      ? CLAIM_MESSAGES.missingNoDeadline(labels)
      : CLAIM_MESSAGES.missing(labels);
  return { ...refusal('MATERIALS_INCOMPLETE', policy.claims.documents, text), missing };
}

export function decideNewClaim(
  policy: RegionPolicy,
  request: NewClaimRequest,
  today: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): ClaimDecisionResult<NewClaimOutcome> {
  if (isAfter(request.paidOn, today)) {
    return {
      ok: false,
      refusal: refusal('VALIDATION_FAILED', policy.claims.deadline, CLAIM_MESSAGES.paidInFuture(), {
        fields: { paidOn: CLAIM_MESSAGES.paidInFuture() },
      }),
    };
  }
  const chosen = claimCaseFor(policy, request);
  if (!chosen.ok) return chosen;
  const claimCase: ClaimCase = chosen.value.case;

  const deadline = claimDeadline(policy, request.paidOn, calendar);
  if (deadline && claimDeadlinePassed(deadline, today)) {
    return {
      ok: false,
      refusal: refusal(
        'CLAIM_DEADLINE_PASSED',
        policy.claims.deadline,
        CLAIM_MESSAGES.deadlinePassed(deadline.date),
        { until: deadline.date },
      ),
    };
  }

  const missing = missingClaimDocuments(policy, request.kind, request.provided);
  // One clause may state several of these terms (安徽 第四十七条 all three): each rule once.
  const rules = [policy.claims.documents.rule, policy.claims.deadline.rule];
  if (missing.length === 0) {
    return {
      ok: true,
      value: {
        status: 'SUBMITTED',
        case: claimCase,
        deadline,
        missing,
        completeOn: today,
        reviewDueBy: claimReviewDue(policy, today, calendar),
        rules: uniqueRules(rules),
      },
    };
  }
  const extension = policy.claims.extension.value;
  if (!request.extensionRequest || extension === null || deadline === null) {
    return { ok: false, refusal: missingDocumentsRefusal(policy, missing) };
  }
  return {
    ok: true,
    value: {
      status: 'EXTENSION_REQUESTED',
      case: claimCase,
      deadline,
      missing,
      completeOn: null,
      reviewDueBy: claimReviewDue(policy, today, calendar),
      extensionRequest: { reason: request.extensionRequest.reason, requestedOn: today },
      rules: uniqueRules([...rules, policy.claims.extension.rule]),
    },
  };
}
