// How long each pooling region keeps a signed commitment letter (承诺书), for the privacy policy
// (PIPL 第十九条: no longer than needed). The numbers are the presets' own: AH-13-1 / BB-1-3
// two years, HA-7 three years; a region without the commitment path keeps none.
import { listPolicyRegions, policyForRegion } from './registry';
import type { RuleId } from './ruleIds';

export interface LetterRetention {
  regionCode: string;
  /** e.g. '安徽省 合肥市'. */
  regionName: string;
  years: number;
  rule: RuleId;
  clause: string;
}

export function commitmentLetterRetention(): LetterRetention[] {
  return listPolicyRegions().flatMap((region) => {
    const commitment = policyForRegion(region.code)?.commitment;
    if (!commitment?.value) return [];
    return [
      {
        regionCode: region.code,
        regionName: `${region.province} ${region.name}`,
        years: commitment.value.letterRetentionYears,
        rule: commitment.rule,
        clause: commitment.clause,
      },
    ];
  });
}
