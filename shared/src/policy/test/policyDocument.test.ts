// docs/policy.md publishes the presets: after a preset changes this fails until
// `npm run generate:policy -w shared` has been run and its output committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyDocument, ruledItemsOf } from '../../../scripts/policyDocument';
import { POLICY_PRESETS } from '../presets';
import { listPolicyRegions } from '../registry';
import { RULE_IDS } from '../ruleIds';

const DOC_PATH = join(__dirname, '../../../../docs/policy.md');

describe('docs/policy.md', () => {
  const text = readFileSync(DOC_PATH, 'utf8');

  it('is current: equal to what the presets generate', () => {
    expect(text).toBe(policyDocument());
  });

  it('names every rule id, every pooling region and every preset', () => {
    for (const id of RULE_IDS) expect(text).toContain(`**${id}**`);
    for (const region of listPolicyRegions()) expect(text).toContain(`| ${region.code} |`);
    for (const id of Object.keys(POLICY_PRESETS))
      expect(text).toMatch(new RegExp(`^## ${id} — `, 'm'));
  });

  it('lists every ruled item of a preset with its clause (AH change lock, 6 months, 第十四条)', () => {
    const items = ruledItemsOf(POLICY_PRESETS.AH);
    const lock = items.find(
      (item) => item.path === 'categories.RETIRED_RESETTLED.changeLockMonths',
    );
    expect(lock).toMatchObject({ rule: 'AH-14-1', value: 6 });
    expect(lock?.clause).toContain('第十四条');
    expect(items.every((item) => item.clause.length > 0)).toBe(true);
  });
});
