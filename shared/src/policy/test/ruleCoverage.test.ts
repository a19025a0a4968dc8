// Every rule id of docs/policy-sources.md's table is in RULE_IDS, in at least one preset, and in
// the name of at least one test; every rule a preset cites is a known id.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PRESET_INPUTS } from '../presets';
import { RULE_DESCRIPTIONS, RULE_IDS } from '../ruleIds';

/** The "Rule ids" table of docs/policy-sources.md, spelled out so a change to either shows here. */
const POLICY_TABLE_IDS = [
  'CC-201',
  'AH-2-3',
  'AH-9',
  'AH-10',
  'AH-11',
  'AH-12-1',
  'AH-12-2',
  'AH-12-3',
  'AH-12-4',
  'AH-13-1',
  'AH-13-2',
  'AH-14-1',
  'AH-14-2',
  'AH-14-3',
  'AH-15-1',
  'AH-15-2',
  'AH-47',
  'BB-1-3',
  'BB-1-5',
  'BB-3-2',
  'BB-4',
  'HA-4',
  'HA-6',
  'HA-7',
  'HA-8',
  'HA-9',
  'HA-18',
  'HA-19',
  'PZH-1',
  'PZH-4-1-2',
  'PZH-4-2-2',
  'PZH-4-3-2',
  'YJ-5',
  'YJ-6',
  'YJ-9',
  'YJ-10',
  'AH-22',
  'HA-5',
  'HA-10',
  'HA-11',
  'HA-17',
  'PZH-4-4',
  'YJ-7',
];

function rulesIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => rulesIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'rule' && typeof inner === 'string') found.add(inner);
      else rulesIn(inner, found);
    }
  }
  return found;
}

describe('rule coverage', () => {
  it('CC-201: RULE_IDS equals the docs/policy-sources.md ids table, each with a description', () => {
    expect([...RULE_IDS]).toEqual(POLICY_TABLE_IDS);
    for (const id of RULE_IDS) expect(RULE_DESCRIPTIONS[id].length).toBeGreaterThan(5);
  });

  it('CC-201: the copy above matches docs/policy-sources.md', () => {
    const text = readFileSync(join(__dirname, '../../../../docs/policy-sources.md'), 'utf8');
    // The "Rule ids" section, up to the next heading.
    const start = text.indexOf('## Rule ids\n');
    const end = text.indexOf('\n## ', start + 1);
    const table = text.slice(start, end === -1 ? undefined : end);
    // Prettier pads the cells.
    const ids = [...table.matchAll(/^\| ([A-Z]+-[0-9-]+) +\|/gm)].map((m) => m[1]);
    expect(start).toBeGreaterThan(-1);
    expect(ids).toEqual(POLICY_TABLE_IDS);
  });

  it('CC-201: every rule id appears in at least one preset, and presets cite only known ids', () => {
    const cited = rulesIn(PRESET_INPUTS, new Set());
    expect([...cited].filter((rule) => !(RULE_IDS as readonly string[]).includes(rule))).toEqual(
      [],
    );
    expect(RULE_IDS.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('CC-201: every rule id starts the name of at least one test', () => {
    const sources = readdirSync(__dirname)
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => readFileSync(join(__dirname, file), 'utf8'))
      .join('\n');
    const missing = RULE_IDS.filter(
      (id) =>
        !new RegExp(`['\`]${id.replace(/-/g, '\\-')}:`).test(sources) &&
        !sources.includes(`['${id}',`),
    );
    expect(missing).toEqual([]);
  });
});
