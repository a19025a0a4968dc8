import { categoryGuide } from '../guide';
import { decideNewFiling } from '../newFiling';
import type { FilingRequest, RegionPolicy } from '../types';
import { AH, BB, HA, PZH, YJ, person, refusalOf, request, valueOf } from './fixtures';

const TODAY = '2026-03-10';
const file = (policy: RegionPolicy, overrides: Partial<FilingRequest>) =>
  decideNewFiling(policy, { person: person(policy), request: request(overrides), today: TODAY });

describe('§2 materials', () => {
  it.each([
    [
      'AH-11: resident with a 居住证 files',
      AH,
      { proof: { kind: 'MATERIALS', provided: ['RESIDENCE_PERMIT'] } },
      null,
    ],
    [
      'AH-11: resident without proof is told every acceptable document',
      AH,
      { proof: { kind: 'MATERIALS', provided: [] } },
      'MATERIALS_INCOMPLETE',
    ],
    [
      'AH-11: a commitment replaces a retiree’s 户口簿',
      AH,
      {
        category: 'RETIRED_RESETTLED',
        proof: { kind: 'COMMITMENT', missing: ['HOUSEHOLD_REGISTER'], provided: [] },
      },
      null,
    ],
    [
      'AH-11: a commitment cannot replace a referral certificate',
      AH,
      {
        category: 'REFERRAL',
        proof: { kind: 'COMMITMENT', missing: ['REFERRAL_CERTIFICATE'], provided: [] },
      },
      'COMMITMENT_NOT_ALLOWED',
    ],
    [
      'AH-11: a commitment must name the proof it stands in for',
      AH,
      { proof: { kind: 'COMMITMENT', missing: ['STUDENT_ID'], provided: [] } },
      'VALIDATION_FAILED',
    ],
    [
      'AH-11: other temporary needs no proof beyond identity',
      AH,
      { category: 'OTHER_TEMPORARY', proof: { kind: 'MATERIALS', provided: [] } },
      null,
    ],
    [
      'HA-7: a worker cannot promise the 派驻 proof in 淮安 (only residence material is promised)',
      HA,
      {
        category: 'STATIONED_WORKER',
        proof: {
          kind: 'COMMITMENT',
          missing: ['WORK_PROOF'],
          provided: [],
          group: 'MIGRANT_WORKER',
        },
      },
      'COMMITMENT_NOT_ALLOWED',
    ],
    [
      'HA-7: a 随迁老人 may promise the residence permit in 淮安',
      HA,
      {
        category: 'LONG_TERM_RESIDENT',
        proof: {
          kind: 'COMMITMENT',
          missing: ['RESIDENCE_PERMIT'],
          provided: [],
          group: 'ACCOMPANYING_ELDERLY',
        },
      },
      null,
    ],
    [
      'HA-7: someone outside the named groups cannot commit in 淮安',
      HA,
      {
        category: 'LONG_TERM_RESIDENT',
        proof: { kind: 'COMMITMENT', missing: ['RESIDENCE_PERMIT'], provided: [] },
      },
      'COMMITMENT_NOT_ALLOWED',
    ],
    [
      'HA-8: a long-term filing with materials needs the proof’s end date',
      HA,
      { proofEndDate: undefined },
      'VALIDATION_FAILED',
    ],
    [
      'HA-8: a proof that ended before the start is refused',
      HA,
      { proofEndDate: '2026-03-09' },
      'VALIDATION_FAILED',
    ],
    [
      'PZH-1: 攀枝花 has no commitment path',
      PZH,
      { proof: { kind: 'COMMITMENT', missing: ['RESIDENCE_PERMIT'], provided: [] } },
      'COMMITMENT_NOT_ALLOWED',
    ],
    [
      'YJ-9: a student files as a worker with a 学生证',
      YJ,
      { category: 'STATIONED_WORKER', proof: { kind: 'MATERIALS', provided: ['STUDENT_ID'] } },
      null,
    ],
  ] as [string, RegionPolicy, Partial<FilingRequest>, string | null][])(
    '%s',
    (_n, policy, overrides, code) => {
      const decision = file(policy, overrides);
      if (code === null) expect(decision.ok).toBe(true);
      else expect(refusalOf(decision).code).toBe(code);
    },
  );

  it('AH-11: the refusal lists the documents in Chinese and cites the clause', () => {
    const refusal = refusalOf(file(AH, { proof: { kind: 'MATERIALS', provided: [] } }));
    expect(refusal.message).toContain('居住证或居住证明');
    expect(refusal.message).toContain(
      '依据：《安徽省基本医疗保险异地就医结算服务经办规程》第十一条',
    );
  });

  it('AH-11: the guide lists identity and proof before the user starts', () => {
    const guide = categoryGuide(AH, 'RETIRED_RESETTLED');
    expect(guide).toMatchObject({
      identity: ['IDENTITY'],
      proofOptions: [['HOUSEHOLD_REGISTER']],
      commitmentAllowed: true,
      commitmentMonths: 3,
    });
    expect(categoryGuide(PZH, 'RETIRED_RESETTLED').commitmentAllowed).toBe(false);
  });

  it('AH-12-4: Anhui may not ask for more than its list; HA-6: neither may 淮安', () => {
    expect(AH.materials.noExtraMaterials).toMatchObject({ value: true, rule: 'AH-12-4' });
    expect(HA.materials.noExtraMaterials).toMatchObject({ value: true, rule: 'HA-6' });
  });

  it('AH-12-1: window applications are done on the spot, every problem told at once', () => {
    expect(AH.review.window).toMatchObject({ value: 'ON_THE_SPOT', rule: 'AH-12-1' });
    expect(AH.materials.allProblemsAtOnce).toMatchObject({ value: true, rule: 'AH-12-2' });
  });

  it('AH-11: 蚌埠 keeps the list of 16 referral-issuing hospitals from 000’s annex', () => {
    const issuers = BB.categories.REFERRAL.referralIssuers.value;
    expect(issuers?.minimumLevel).toBe('二级及以上定点医疗机构');
    expect(issuers?.hospitals).toHaveLength(16);
    expect(issuers?.hospitals[10]).toEqual({ name: '怀远荆塗医院', area: '怀远县' });
    expect(BB.materials.filingFormRequired.value).toBe(false);
  });

  it('HA-4: the retiree in 淮安 proves residence (第五条), not the 户口簿', () => {
    expect(valueOf(file(HA, { category: 'RETIRED_RESETTLED' })).class).toBe('LONG_TERM');
  });
});
