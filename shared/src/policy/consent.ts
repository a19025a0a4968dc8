// Consent to processing sensitive personal information (《个人信息保护法》, PIPL). ID numbers and
// medical and referral documents are sensitive personal information (第二十八条); processing
// them needs the person's separate consent (第二十九条 单独同意), and for a minor under fourteen
// the consent of a parent or other guardian (第三十一条). Pure: the server asks this with the
// birth date it derived from the ID number and today's China date; the app shows its texts.
import { addYears, isBefore, type IsoDate } from '../calendar';

export const CONSENT_RULES = {
  separateConsent: { id: 'PIPL-29', clause: '《个人信息保护法》第二十九条' },
  guardianUnder14: { id: 'PIPL-31', clause: '《个人信息保护法》第三十一条' },
} as const;

/** Below this age (whole years, reached on the birthday) a guardian consents (PIPL 第三十一条). */
export const GUARDIAN_CONSENT_BELOW_AGE = 14;

// The privacy-policy version the app shows and the consent records: defined once, in privacy.ts.
import { PRIVACY_POLICY_VERSION } from '../privacy';
export { PRIVACY_POLICY_VERSION };

/** What the consent step shows: what is processed and why (not pre-checked in the app). */
export const SENSITIVE_CONSENT_TEXT =
  '我已阅读《隐私政策》，单独同意本小程序为办理异地就医备案处理参保人的敏感个人信息：' +
  '身份证号码、参保信息、转诊及病历等医疗证明材料。这些信息只用于备案的申请、审核和后续管理，' +
  '仅提供给参保地医保经办机构，不会用于其他目的。';

export const GUARDIAN_CONSENT_TEXT =
  '参保人未满十四周岁：我是其父母或其他监护人，以监护人身份作出上述同意。';

export type ConsentRequirement = { guardian: boolean; rule: string };

/** True when the person has not yet turned 14 on `today` (the fourteenth birthday counts as 14). */
export function isUnder14(birthDate: IsoDate, today: IsoDate): boolean {
  return isBefore(today, addYears(birthDate, GUARDIAN_CONSENT_BELOW_AGE));
}

/** Which consent adding this person needs. */
export function consentRequirement(birthDate: IsoDate, today: IsoDate): ConsentRequirement {
  return isUnder14(birthDate, today)
    ? { guardian: true, rule: CONSENT_RULES.guardianUnder14.id }
    : { guardian: false, rule: CONSENT_RULES.separateConsent.id };
}

export interface ConsentGiven {
  policyVersion: string;
  sensitive: boolean;
  guardian?: boolean;
}

/**
 * Undefined when the consent given is enough; else the refusal's rule and Chinese message.
 * A guardian's consent is only possible for someone else's child: SELF under 14 cannot consent.
 */
export function consentRefusal(
  requirement: ConsentRequirement,
  given: ConsentGiven | undefined,
  self: boolean,
): { rule: string; message: string } | undefined {
  if (!given || given.sensitive !== true || !given.policyVersion) {
    return {
      rule: CONSENT_RULES.separateConsent.id,
      message: `请阅读并单独同意处理参保人的敏感个人信息（依据：${CONSENT_RULES.separateConsent.clause}）。`,
    };
  }
  if (requirement.guardian && (self || given.guardian !== true)) {
    return {
      rule: CONSENT_RULES.guardianUnder14.id,
      message: `参保人未满十四周岁，须由其父母或其他监护人同意并代为登记（依据：${CONSENT_RULES.guardianUnder14.clause}）。`,
    };
  }
  return undefined;
}
