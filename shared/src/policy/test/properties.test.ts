// Properties over random dates, filings and requests for all five presets (numRuns ≤ 200).
import fc from 'fast-check';
import { addDays, compareIsoDates, isBefore, type IsoDate } from '../../calendar';
import { CATEGORIES, CHANGE_REASONS, DOC_TYPES, FILING_STATUSES } from '../../schemas/enums';
import { decideActions } from '../actions';
import { decideChange } from '../change';
import { commitmentDueDate } from '../commitment';
import { decideNewFiling } from '../newFiling';
import { RULE_IDS } from '../ruleIds';
import type { Action, FilingState, Refusal } from '../types';
import { POLICIES, person } from './fixtures';

const policyIds = fc.constantFrom(...(Object.keys(POLICIES) as (keyof typeof POLICIES)[]));
// 2026 has an official State Council schedule; spans reach into 2028.
const date = fc.integer({ min: 0, max: 364 }).map((offset) => addDays('2026-01-01', offset));
const docs = fc.subarray([...DOC_TYPES]);
const CHINESE = /[\u4e00-\u9fff]/;

function expectGoodRefusal(refusal: Refusal, today: IsoDate): void {
  expect(RULE_IDS).toContain(refusal.rule);
  expect(refusal.message).toMatch(CHINESE);
  expect(refusal.message).toContain('依据：');
  if (refusal.until !== undefined) expect(isBefore(refusal.until, today)).toBe(false);
}

const filingState = fc
  .record({
    id: policyIds,
    category: fc.constantFrom(...CATEGORIES),
    status: fc.constantFrom(...FILING_STATUSES),
    anchor: date,
    lengthDays: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
    commitmentDays: fc.option(fc.integer({ min: -30, max: 200 }), { nil: null }),
    later: fc.integer({ min: 0, max: 900 }),
  })
  .map(({ id, category, status, anchor, lengthDays, commitmentDays, later }) => {
    const policy = POLICIES[id];
    const state: FilingState = {
      category,
      class: policy.categories[category].class,
      status,
      insuredRegion: person(policy).insuredRegion,
      destinationCode: '310000',
      filedOn: anchor,
      validFrom: anchor,
      validUntil: lengthDays === null ? null : addDays(anchor, lengthDays),
      lockAnchor: anchor,
      commitment:
        commitmentDays === null
          ? null
          : {
              status: 'OPEN',
              signedOn: anchor,
              dueDate: addDays(anchor, 30 + commitmentDays),
              missing: ['RESIDENCE_PERMIT'],
            },
    };
    return { policy, state, today: addDays(anchor, later) };
  });

describe('properties of every decision', () => {
  it('CC-201: a refusal’s until is never before today; every refusal names a rule and says why in Chinese', () => {
    fc.assert(
      fc.property(
        filingState,
        fc.constantFrom(...CHANGE_REASONS),
        fc.boolean(),
        ({ policy, state, today }, reason, evidence) => {
          const actions = decideActions(policy, state, today);
          for (const action of Object.values(actions) as Action[]) {
            if (!action.allowed) expectGoodRefusal(action, today);
          }
          const change = decideChange(policy, state, { reason, evidenceProvided: evidence }, today);
          if (!change.ok) expectGoodRefusal(change.refusal, today);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('AH-13-2: a new filing is refused with a rule and Chinese message, or validUntil ≥ validFrom', () => {
    fc.assert(
      fc.property(
        policyIds,
        fc.constantFrom(...CATEGORIES),
        date,
        fc.integer({ min: -5, max: 60 }),
        docs,
        fc.boolean(),
        fc.option(fc.integer({ min: -30, max: 900 }), { nil: undefined }),
        fc.constantFrom('310000', '320100', '340100', '340300', '460100', '999999'),
        (id, category, today, startOffset, provided, commit, proofEndOffset, destinationCode) => {
          const policy = POLICIES[id];
          const decision = decideNewFiling(policy, {
            person: person(policy, { insuredRegion: '340100' }),
            request: {
              category,
              destinationCode,
              startDate: addDays(today, startOffset),
              proof: commit
                ? { kind: 'COMMITMENT', missing: provided.slice(0, 1), provided: provided.slice(1) }
                : { kind: 'MATERIALS', provided },
              proofEndDate:
                proofEndOffset === undefined ? undefined : addDays(today, proofEndOffset),
              emergency: {
                admissionDate: addDays(today, -Math.abs(startOffset)),
                discharged: startOffset % 2 === 0,
              },
              facts: { retired: true, hukouMoved: true, residenceMonths: 30, workMonths: 30 },
            },
            today,
          });
          if (!decision.ok) return expectGoodRefusal(decision.refusal, today);
          const { validFrom, validUntil, commitment } = decision.value;
          if (validUntil !== null)
            expect(compareIsoDates(validUntil, validFrom)).toBeGreaterThanOrEqual(0);
          if (commitment) expect(isBefore(today, commitment.dueDate)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('AH-13-1: a commitment’s due date is always after the day it is signed (AH, BB, HA)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(POLICIES.AH, POLICIES.BB, POLICIES.HA),
        date,
        (policy, signedOn) => {
          expect(compareIsoDates(commitmentDueDate(policy, signedOn), signedOn)).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
