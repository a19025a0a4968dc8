// Made-up, checksum-valid people for tests (shared's generateIdNumber: test and demo data only).
import { generateIdNumber, PRIVACY_POLICY_VERSION } from '@yidi/shared';

/** The separate consent POST /v1/persons requires (PIPL 第二十九条), as the app sends it. */
export const CONSENT = { policyVersion: PRIVACY_POLICY_VERSION, sensitive: true } as const;

let sequence = 0;

export function testPerson(
  overrides: Partial<{
    name: string;
    insuredRegion: string;
    relationship: string;
    birthDate: string;
    gender: 'MALE' | 'FEMALE';
  }> = {},
) {
  sequence += 1;
  const birthDate =
    overrides.birthDate ?? `19${50 + (sequence % 40)}-0${1 + (sequence % 9)}-1${sequence % 10}`;
  return {
    name: overrides.name ?? '张三丰',
    idNumber: generateIdNumber({
      regionCode: '340302',
      birthDate,
      sequence: (sequence * 37 + Math.floor(Math.random() * 400)) % 500,
      gender: overrides.gender ?? 'MALE',
    }),
    phone: `139${String(10_000_000 + sequence * 7919).slice(0, 8)}`,
    insuranceType: 'EMPLOYEE',
    insuredRegion: overrides.insuredRegion ?? '340300',
    relationship: overrides.relationship ?? 'SELF',
    consent: CONSENT,
  };
}
