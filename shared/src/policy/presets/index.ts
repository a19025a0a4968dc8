// The five presets. They are code, so they are checked where code is: presetsValid.test.ts runs
// each through buildPolicy (the schema every other policy passes) in CI, instead of every cold
// start parsing them again — which kept the policy schema in every function's bundle (~11 KB).
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

/** The presets by policy id: AH, BB, HA, PZH, YJ (the schema has no defaults or transforms). */
export const POLICY_PRESETS: Readonly<Record<string, RegionPolicy>> = Object.freeze(
  Object.fromEntries(PRESET_INPUTS.map((input) => [input.id, input])),
);
