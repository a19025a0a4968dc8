// Shared test data: the five presets by region and builders for persons, requests and filings.
import { policyForRegion } from '../registry';
import type {
  Decision,
  FilingRequest,
  FilingState,
  PersonFacts,
  RegionPolicy,
  Refusal,
} from '../types';

function mustHave(code: string): RegionPolicy {
  const policy = policyForRegion(code);
  if (!policy) throw new Error(`no policy for ${code}`);
  return policy;
}

export const AH = mustHave('340100');
export const BB = mustHave('340300');
export const HA = mustHave('320800');
export const PZH = mustHave('510400');
export const YJ = mustHave('441700');

export const INSURED_REGION: Record<string, string> = {
  AH: '340100',
  BB: '340300',
  HA: '320800',
  PZH: '510400',
  YJ: '441700',
};

export function person(policy: RegionPolicy, overrides: Partial<PersonFacts> = {}): PersonFacts {
  return {
    insuranceType: 'EMPLOYEE',
    birthDate: '1960-05-01',
    gender: 'MALE',
    insuredRegion: INSURED_REGION[policy.id] ?? '340100',
    ...overrides,
  };
}

/** Facts that satisfy every region's long-term thresholds. */
export const FULL_FACTS = {
  retired: true,
  hukouMoved: true,
  residenceMonths: 36,
  workMonths: 24,
};

export function request(overrides: Partial<FilingRequest> = {}): FilingRequest {
  return {
    category: 'LONG_TERM_RESIDENT',
    destinationCode: '310000',
    startDate: '2026-03-10',
    proof: { kind: 'MATERIALS', provided: ['RESIDENCE_PERMIT'] },
    proofEndDate: '2028-03-09',
    facts: FULL_FACTS,
    ...overrides,
  };
}

export function filing(policy: RegionPolicy, overrides: Partial<FilingState> = {}): FilingState {
  return {
    category: 'LONG_TERM_RESIDENT',
    class: 'LONG_TERM',
    status: 'ACTIVE',
    insuredRegion: INSURED_REGION[policy.id] ?? '340100',
    destinationCode: '310000',
    filedOn: '2026-03-10',
    validFrom: '2026-03-10',
    validUntil: null,
    lockAnchor: '2026-03-10',
    commitment: null,
    ...overrides,
  };
}

export function refusalOf<T>(decision: Decision<T>): Refusal {
  if (decision.ok) throw new Error(`expected a refusal, got ${JSON.stringify(decision.value)}`);
  return decision.refusal;
}

export function valueOf<T>(decision: Decision<T>): T {
  if (!decision.ok) throw new Error(`expected success, got ${JSON.stringify(decision.refusal)}`);
  return decision.value;
}

export const POLICIES: Record<'AH' | 'BB' | 'HA' | 'PZH' | 'YJ', RegionPolicy> = {
  AH,
  BB,
  HA,
  PZH,
  YJ,
};
export type PolicyId = keyof typeof POLICIES;
