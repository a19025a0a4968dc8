import { commitmentDueDate } from '../commitment';
import { decideNewFiling } from '../newFiling';
import { decideSupplement } from '../supplement';
import { sweepFiling } from '../sweep';
import type { CommitmentState, RegionPolicy } from '../types';
import { AH, BB, HA, filing, person, refusalOf, request, valueOf } from './fixtures';

const open = (policy: RegionPolicy, signedOn: string): CommitmentState => ({
  status: 'OPEN',
  signedOn,
  dueDate: commitmentDueDate(policy, signedOn),
  missing: ['RESIDENCE_PERMIT'],
});

describe('§3 personal commitment', () => {
  it.each([
    ['AH-13-1', '2026-08-31', '2026-11-30', AH],
    ['BB-1-3', '2026-08-31', '2026-09-30', BB],
    ['HA-7', '2026-03-31', '2026-09-30', HA],
  ])('%s: a commitment signed %s is due %s', (_rule, signedOn, due, policy) => {
    const decision = decideNewFiling(policy, {
      person: person(policy),
      request: request({
        startDate: signedOn,
        proofEndDate: undefined,
        // HA-7 names who may commit; AH and BB accept anyone in the category.
        proof: {
          kind: 'COMMITMENT',
          missing: ['RESIDENCE_PERMIT'],
          provided: [],
          group: 'RESIDENCE_DOCUMENT_PENDING',
        },
      }),
      today: signedOn,
    });
    expect(valueOf(decision).commitment).toEqual({
      status: 'OPEN',
      signedOn,
      dueDate: due,
      missing: ['RESIDENCE_PERMIT'],
    });
  });

  it.each([
    ['AH-13-1: breach terminates with full clawback', AH, 'CLAWBACK', 'AH-13-1'],
    ['BB-1-3: breach ends the long-term benefits', BB, 'LONG_TERM_BENEFITS_ENDED', 'BB-1-3'],
    ['HA-7: breach terminates and reports to the credit system', HA, 'CREDIT_REPORT', 'HA-7'],
  ])('%s', (_name, policy, consequence, rule) => {
    const commitment = open(policy, '2026-03-10');
    const state = filing(policy, { commitment });
    expect(sweepFiling(policy, state, commitment.dueDate).transition).toBeNull();
    const dayAfter = sweepFiling(policy, state, '2026-12-31');
    expect(dayAfter.transition).toEqual({ status: 'TERMINATED', consequence, rule });
  });

  it('AH-13-1: a commitment is breached the day after its due date, not on it', () => {
    const state = filing(AH, { commitment: open(AH, '2026-08-31') });
    expect(sweepFiling(AH, state, '2026-11-30').transition).toBeNull();
    expect(sweepFiling(AH, state, '2026-12-01').transition?.status).toBe('TERMINATED');
  });

  it.each([
    ['2026-10-30', null],
    ['2026-10-31', 30],
    ['2026-11-22', 30],
    ['2026-11-23', 7],
    ['2026-11-29', 1],
    ['2026-11-30', 1],
  ])('AH-13-1: reminder stage on %s before the 2026-11-30 due date is %s', (today, stage) => {
    const state = filing(AH, { commitment: open(AH, '2026-08-31') });
    const reminders = sweepFiling(AH, state, today).reminders;
    expect(reminders).toEqual(
      stage === null ? [] : [{ kind: 'COMMITMENT_DUE', daysBefore: stage, dueDate: '2026-11-30' }],
    );
  });

  it('AH-11: complete materials fulfil the commitment', () => {
    const state = filing(AH, { commitment: open(AH, '2026-08-31') });
    const result = valueOf(decideSupplement(AH, state, ['RESIDENCE_PERMIT'], '2026-10-01'));
    expect(result.commitment).toMatchObject({ status: 'FULFILLED', missing: [] });
  });

  it('AH-11: a partial supplement keeps the commitment open with what is still missing', () => {
    const commitment = { ...open(AH, '2026-08-31'), missing: ['HOUSEHOLD_REGISTER' as const] };
    const state = filing(AH, { category: 'RETIRED_RESETTLED', commitment });
    const refusal = refusalOf(decideSupplement(AH, state, ['WORK_PROOF'], '2026-10-01'));
    expect(refusal).toMatchObject({ code: 'MATERIALS_INCOMPLETE', rule: 'AH-11' });
    expect(refusal.message).toContain('户口簿首页');
  });

  it('AH-13-1: materials cannot be supplemented after the due date', () => {
    const state = filing(AH, { commitment: open(AH, '2026-08-31') });
    const refusal = refusalOf(decideSupplement(AH, state, ['RESIDENCE_PERMIT'], '2026-12-01'));
    expect(refusal).toMatchObject({ code: 'FILING_NOT_ACTIVE', rule: 'AH-13-1' });
  });

  it('HA-8: supplementing in 淮安 sets validity to the proof’s end date', () => {
    const state = filing(HA, { commitment: open(HA, '2026-03-10') });
    expect(
      refusalOf(decideSupplement(HA, state, ['RESIDENCE_PERMIT'], '2026-05-01')).fields,
    ).toHaveProperty('proofEndDate');
    const result = valueOf(
      decideSupplement(HA, state, ['RESIDENCE_PERMIT'], '2026-05-01', '2028-04-30'),
    );
    expect(result).toMatchObject({ validUntil: '2028-04-30', commitment: { status: 'FULFILLED' } });
  });

  it.each([
    ['AH-13-1', 2, AH],
    ['BB-1-3', 2, BB],
    ['HA-7', 3, HA],
  ])('%s: commitment letters are kept %i years', (rule, years, policy) => {
    expect(policy.commitment).toMatchObject({ rule, value: { letterRetentionYears: years } });
  });
});
