// Registrations made through the API for the flows that start from an existing one (change,
// cancel, review): the same requests the app sends, and a reviewer's decision where needed.
import { chinaDateOf, type Filing } from '@yidi/shared';
import { callApi, fileFiling, freshUserName, loginAs, uploadMaterial } from './api';
import { insuredUser, type InsuredUser } from './people';
import { stripedPng } from './png';

/** 异地长期居住 to 杭州 from today, with a photo of the residence permit → PENDING_REVIEW. */
export async function fileLongTermResident(insured: InsuredUser): Promise<Filing> {
  const permit = await uploadMaterial(
    insured.session,
    insured.personId,
    'RESIDENCE_PERMIT',
    stripedPng(32, 32),
  );
  return fileFiling(insured.session, {
    personId: insured.personId,
    category: 'LONG_TERM_RESIDENT',
    destination: { code: '330100' },
    startDate: chinaDateOf(new Date()),
    contact: { address: '杭州市西湖区文三路100号', phone: '13912345678' },
    proof: { kind: 'MATERIALS', materialIds: [permit] },
  });
}

export async function decide(
  filing: Filing,
  decision: 'APPROVE' | 'RETURN',
  notices: { docType?: string; problem: string }[] = [],
): Promise<Filing> {
  const reviewer = await loginAs(freshUserName('e2e_reviewer'), {
    roles: ['REVIEWER'],
    regions: [filing.insuredRegion],
  });
  return callApi<Filing>('POST', `/review/${encodeURIComponent(filing.id)}/decision`, {
    token: reviewer.token,
    body: { expectedVersion: filing.version, decision, notices },
    idempotent: true,
  });
}

/** A fresh insured person whose long-term registration a reviewer has approved (ACTIVE). */
export async function insuredWithActiveFiling(
  prefix: string,
  options: { name: string; region: string },
): Promise<{ insured: InsuredUser; filing: Filing }> {
  const insured = await insuredUser(prefix, options);
  const filing = await decide(await fileLongTermResident(insured), 'APPROVE');
  if (filing.status !== 'ACTIVE') throw new Error(`set-up: filing is ${filing.status}`);
  return { insured, filing };
}
