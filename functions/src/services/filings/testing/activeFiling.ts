// A filing filed and approved through the services (never by writing a status by hand).
import type { Category, DocType } from '@yidi/shared';
import { approveFiling } from '../approve/approveFiling';
import { fileFiling } from '../file/fileFiling';
import type { FileFilingInput } from '../file/input';
import { actor, filingInput, reviewerOf, setUp } from './fixtures';

export async function approvedFiling(
  insuredRegion: string,
  category: Category,
  options: {
    proof?: DocType;
    commitment?: DocType;
    referral?: boolean;
    extra?: Partial<FileFilingInput>;
  } = {},
) {
  const setup = setUp(insuredRegion);
  const { personId, depsOn, material } = setup;
  const proof: FileFilingInput['proof'] = options.commitment
    ? {
        kind: 'COMMITMENT',
        missing: [options.commitment],
        signatureMaterialId: material('COMMITMENT_SIGNATURE'),
      }
    : { kind: 'MATERIALS', materialIds: options.proof ? [material(options.proof)] : [] };
  const filed = await fileFiling(
    depsOn('2026-12-15'),
    actor,
    filingInput(personId, {
      category,
      proof,
      ...(options.referral
        ? {
            referral: {
              hospitalName: '市中心医院',
              certificateMaterialId: material('REFERRAL_CERTIFICATE'),
            },
          }
        : {}),
      ...options.extra,
    }),
  );
  const approved = await approveFiling(depsOn('2026-12-16'), reviewerOf(insuredRegion), {
    filingId: filed.id,
    expectedVersion: filed.version,
  });
  return { ...setup, filing: approved };
}
