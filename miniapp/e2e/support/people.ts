// Made-up insured people for one test: a checksum-valid ID number no other test in the run uses
// (the birth date and sequence come from a random draw), and the fields POST /v1/persons takes.
import { randomInt } from 'node:crypto';
import { generateIdNumber } from '@yidi/shared';
import { addPerson, loginAs, freshUserName, verifyIdentity, type Session } from './api';

/** Pooling regions the tests use: 合肥 (AH preset) and 蚌埠 (AH with 蚌埠's overrides). */
export const HEFEI = '340100';
export const BENGBU = '340300';

export function uniqueIdNumber(regionCode: string, gender: 'MALE' | 'FEMALE' = 'FEMALE'): string {
  const month = String(randomInt(1, 13)).padStart(2, '0');
  const day = String(randomInt(1, 29)).padStart(2, '0');
  return generateIdNumber({
    regionCode: `${regionCode.slice(0, 4)}02`,
    birthDate: `19${randomInt(50, 99)}-${month}-${day}`,
    sequence: randomInt(0, 500),
    gender,
  });
}

export interface InsuredUser {
  session: Session;
  personId: string;
  name: string;
  idNumber: string;
}

/** A fresh, verified dev user with himself or herself as an insured person (SELF, active). */
export async function insuredUser(
  prefix: string,
  options: { name: string; region: string; gender?: 'MALE' | 'FEMALE' },
): Promise<InsuredUser> {
  const session = await loginAs(freshUserName(prefix));
  const idNumber = uniqueIdNumber(options.region, options.gender);
  // Adding oneself needs the account's verified identity of that very person.
  await verifyIdentity(session, { name: options.name, idNumber });
  const person = await addPerson(session, {
    name: options.name,
    idNumber,
    phone: '13900000000',
    insuranceType: 'EMPLOYEE',
    insuredRegion: options.region,
    relationship: 'SELF',
  });
  return { session, personId: person.id, name: options.name, idNumber };
}
