// PZH-4-4 (四（四）其它备案): care not at a networked hospital, or not settled directly there, is
// filed by phone; the app says so wherever direct settlement failed or no filing can be made here.
import { MESSAGES } from './messages';
import type { RuleId } from './ruleIds';
import type { RegionPolicy } from './types';

export interface PhoneFilingAdvice {
  phone: string;
  name: string;
  text: string;
  rule: RuleId;
  clause: string;
}

export function phoneFilingAdvice(policy: RegionPolicy): PhoneFilingAdvice | null {
  const terms = policy.phoneFiling.value;
  if (terms === null) return null;
  return {
    phone: terms.phone,
    name: terms.name,
    text: MESSAGES.phoneFilingAdvice(terms.phone, terms.name),
    rule: policy.phoneFiling.rule,
    clause: policy.phoneFiling.clause,
  };
}
