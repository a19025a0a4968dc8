// The five presets, validated once at load time.
import { buildPolicy } from '../buildPolicy';
import type { RegionPolicy, RegionPolicyInput } from '../types';
import { ANHUI_POLICY_INPUT } from './anhui';
import { BENGBU_POLICY_INPUT } from './bengbu';
import { HUAIAN_POLICY_INPUT } from './huaian';
import { PANZHIHUA_POLICY_INPUT } from './panzhihua';
import { YANGJIANG_POLICY_INPUT } from './yangjiang';

export { ANHUI_POLICY_INPUT } from './anhui';
export { BENGBU_POLICY_INPUT, BENGBU_REFERRAL_HOSPITALS } from './bengbu';
export { HUAIAN_POLICY_INPUT } from './huaian';
export { PANZHIHUA_POLICY_INPUT } from './panzhihua';
export { YANGJIANG_POLICY_INPUT } from './yangjiang';

export const PRESET_INPUTS: readonly RegionPolicyInput[] = [
  ANHUI_POLICY_INPUT,
  BENGBU_POLICY_INPUT,
  HUAIAN_POLICY_INPUT,
  PANZHIHUA_POLICY_INPUT,
  YANGJIANG_POLICY_INPUT,
];

/** Validated presets by policy id: AH, BB, HA, PZH, YJ. */
export const POLICY_PRESETS: Readonly<Record<string, RegionPolicy>> = Object.freeze(
  Object.fromEntries(PRESET_INPUTS.map((input) => [input.id, buildPolicy(input)])),
);
