// Key strings in one place (see the table at the top of table.ts).
import { personIdOfFilingId } from './ids';

export const keys = {
  user: (userId: string) => ({ pk: `USER#${userId}`, sk: 'PROFILE' }),
  agentLink: (userId: string, personId: string) => ({
    pk: `USER#${userId}`,
    sk: `LINK#${personId}`,
  }),
  person: (personId: string) => ({ pk: `PERSON#${personId}`, sk: 'PROFILE' }),
  idNumber: (idNumberHash: string) => ({ pk: `IDNUMBER#${idNumberHash}`, sk: 'IDNUMBER' }),
  selfAccountGuard: (personId: string) => ({ pk: `PERSON#${personId}`, sk: 'SELF_ACCOUNT' }),
  identity: (userId: string) => ({ pk: `USER#${userId}`, sk: 'IDENTITY' }),
  dailyCounter: (userId: string, what: string, chinaDate: string) => ({
    pk: `USER#${userId}`,
    sk: `LIMIT#${what}#${chinaDate}`,
  }),
  accessEvent: (personId: string, at: string, userId: string) => ({
    pk: `PERSON#${personId}`,
    sk: `ACCESS#${at}#${userId}`,
  }),
  selfPersonGuard: (userId: string) => ({ pk: `USER#${userId}`, sk: 'SELF_PERSON' }),
  material: (materialId: string) => ({ pk: `MATERIAL#${materialId}`, sk: 'MATERIAL' }),
  /**
   * A filing lives in its person's partition (the id names the person), so the person's list is
   * one consistent Query of the base table and no index holds a copy of it. A malformed id makes
   * a key under no person, which finds nothing.
   */
  filing: (filingId: string) => ({
    pk: `PERSON#${personIdOfFilingId(filingId) ?? ''}`,
    sk: `FILING#${filingId}`,
  }),
  /** The filings of a person: sk begins with this in the person's partition. */
  filingsOfPerson: 'FILING#',
  filingHistory: (filingId: string, version: number) => ({
    pk: `FILING#${filingId}`,
    sk: `VERSION#${String(version).padStart(6, '0')}`,
  }),
  activeLongTermGuard: (personId: string) => ({
    pk: `PERSON#${personId}`,
    sk: 'ACTIVE_LONG_TERM',
  }),
  idempotency: (scope: string, key: string) => ({
    pk: `IDEMPOTENCY#${scope}#${key}`,
    sk: 'IDEMPOTENCY',
  }),
  ownerPartition: (personId: string) => `PERSON#${personId}`,
  userPartition: (userId: string) => `USER#${userId}`,
  /** Where a filing's versions are (history items), not the filing item itself. */
  filingPartition: (filingId: string) => `FILING#${filingId}`,
} as const;
