// What the app shows before the user starts a category (docs/policy-sources.md §2: the list comes first).
import type { Category, DocType, FilingClass } from '../schemas/enums';
import { validityText } from './messages';
import { uniqueRules } from './refusal';
import type { BenefitAdjustment, RegionPolicy } from './types';
import type { RuleId } from './ruleIds';

export interface CategoryGuide {
  allowed: boolean;
  class: FilingClass;
  /** Always needed besides the proof (identity is verified by the account). */
  identity: DocType[];
  proofOptions: DocType[][];
  commitmentAllowed: boolean;
  /** Months to supplement after a commitment; null without a commitment path. */
  commitmentMonths: number | null;
  instantSelfService: boolean;
  benefit: BenefitAdjustment;
  validityText: string;
  rules: RuleId[];
}

export function categoryGuide(policy: RegionPolicy, category: Category): CategoryGuide {
  const c = policy.categories[category];
  const commitmentAllowed = c.commitmentAllowed.value && policy.commitment.value !== null;
  return {
    allowed: c.allowed.value,
    class: c.class,
    identity: [...policy.materials.identity.value],
    proofOptions: c.proofOptions.value.map((option) => [...option]),
    commitmentAllowed,
    commitmentMonths: commitmentAllowed ? (policy.commitment.value?.months ?? null) : null,
    instantSelfService: c.instantSelfService.value,
    benefit: c.benefit,
    validityText: validityText(c.validity.value),
    rules: uniqueRules([
      c.allowed.rule,
      policy.materials.identity.rule,
      c.proofOptions.rule,
      c.commitmentAllowed.rule,
      ...(commitmentAllowed ? [policy.commitment.rule] : []),
      c.validity.rule,
      c.benefit.rule,
    ]),
  };
}
