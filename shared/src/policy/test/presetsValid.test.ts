// The presets are not parsed at load time (presets/index.ts): this is where they pass the schema
// every policy must pass, and where a preset that only the parse would have changed (a default,
// a transform, a dropped key) fails.
import { buildPolicy, PolicyValidationError } from '../buildPolicy';
import { POLICY_PRESETS, PRESET_INPUTS } from '../presets';

describe('the five presets', () => {
  it.each(PRESET_INPUTS.map((input) => [input.id, input] as const))(
    '%s passes the policy schema unchanged',
    (id, input) => {
      const parsed = buildPolicy(input);
      expect(parsed).toEqual(input);
      expect(POLICY_PRESETS[id]).toBe(input);
    },
  );

  it('are the five documented policies, once each', () => {
    expect(Object.keys(POLICY_PRESETS).sort()).toEqual(['AH', 'BB', 'HA', 'PZH', 'YJ']);
    expect(PRESET_INPUTS).toHaveLength(5);
  });

  it('a preset the schema refuses would fail here', () => {
    const [first] = PRESET_INPUTS;
    const broken = { ...first!, id: '' };
    expect(() => buildPolicy(broken)).toThrow(PolicyValidationError);
  });
});
