// PZH-4-2-2: a referral valid 1 month may be extended 1 month at a time "因特殊原因，未能办理入院
// 的，可申请办理转诊延期申请，经审批生效后": the person asks before it ends, with the reason; a
// reviewer decides, and only an approval extends it (from the current end, CC-201). Elsewhere a
// temporary registration is filed again when it ends.
import { isAfter, periodEnd, type IsoDate } from '../calendar';
import { MESSAGES } from './messages';
import { accepted, refusal, refused, uniqueRules } from './refusal';
import type { Decision, ExtensionRequestState, FilingState, RegionPolicy, Refusal } from './types';
import type { RuleId } from './ruleIds';
import { transitionBlocked } from './transitions';

/** Why the filing cannot be extended (or an extension asked for) today, or null. */
export function extendBlocked(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
): Refusal | null {
  const category = policy.categories[filing.category];
  const terms = category.extension.value;
  // No extension for the category (or no end to extend), then the status: the table.
  const blocked = transitionBlocked(policy, filing, 'EXTEND');
  if (blocked || terms === null || filing.validUntil === null) return blocked;
  if (filing.extensionRequest) {
    return refusal(
      'EXTENSION_PENDING',
      category.extension,
      MESSAGES.extensionPending(filing.extensionRequest.requestedOn),
    );
  }
  if (isAfter(today, filing.validUntil)) {
    return refusal(
      'FILING_NOT_ACTIVE',
      category.extension,
      MESSAGES.extensionAfterExpiry(filing.validUntil),
    );
  }
  // "未能办理入院的": once admitted, the stay keeps the registration usable to discharge.
  if (terms.onlyBeforeAdmission && (filing.admissions ?? []).length > 0) {
    return refusal('NOT_APPLICABLE', category.extension, MESSAGES.extensionNotNeeded());
  }
  return null;
}

export type ExtensionOutcome =
  | { kind: 'REQUESTED'; request: ExtensionRequestState; rules: RuleId[] }
  | { kind: 'EXTENDED'; validUntil: IsoDate; extensionsUsed: number; rules: RuleId[] };

/** The person asks: a pending request where the region decides on approval, else extended now. */
export function decideExtensionRequest(
  policy: RegionPolicy,
  filing: FilingState,
  reason: string | undefined,
  today: IsoDate,
): Decision<ExtensionOutcome> {
  const blocked = extendBlocked(policy, filing, today);
  if (blocked) return refused(blocked);
  const category = policy.categories[filing.category];
  const terms = category.extension.value as NonNullable<typeof category.extension.value>;
  const rules = uniqueRules([category.extension.rule, policy.periodCounting.rule]);
  if (!terms.onApproval) {
    return accepted({ kind: 'EXTENDED', ...extendedFrom(filing, terms.months), rules });
  }
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text === '') {
    const message = MESSAGES.extensionReasonMissing();
    return refused(
      refusal('VALIDATION_FAILED', category.extension, message, { fields: { reason: message } }),
    );
  }
  return accepted({ kind: 'REQUESTED', request: { reason: text, requestedOn: today }, rules });
}

/** A reviewer decides a pending request; an approval adds one period to the current end. */
export function decideExtensionDecision(
  policy: RegionPolicy,
  filing: FilingState,
  approve: boolean,
): Decision<{ approved: boolean; validUntil: IsoDate; extensionsUsed: number; rules: RuleId[] }> {
  const category = policy.categories[filing.category];
  // No pending request (or nothing to extend), then the status: the table.
  const blocked = transitionBlocked(policy, filing, 'DECIDE_EXTENSION');
  if (blocked) return refused(blocked);
  const terms = category.extension.value as NonNullable<typeof category.extension.value>;
  const rules = uniqueRules([category.extension.rule, policy.periodCounting.rule]);
  if (!approve) {
    return accepted({
      approved: false,
      validUntil: filing.validUntil as IsoDate,
      extensionsUsed: filing.extensionsUsed ?? 0,
      rules,
    });
  }
  return accepted({ approved: true, ...extendedFrom(filing, terms.months), rules });
}

function extendedFrom(filing: FilingState, months: number) {
  return {
    // Each extension adds a whole period to the current end (CC-201).
    validUntil: periodEnd(filing.validUntil as IsoDate, { months }),
    extensionsUsed: (filing.extensionsUsed ?? 0) + 1,
  };
}
