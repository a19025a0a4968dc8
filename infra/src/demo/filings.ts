// Seed hook for demo filings, called by seedDemo after users and persons exist. Everything goes
// through the filing services (no raw table writes):
//   bob for his father 李建国 (合肥, AH): 异地安置退休 to 上海 with materials, approved by carol → ACTIVE
//   alice for herself (蚌埠, BB): 异地长期居住 to 杭州 under a personal commitment → PENDING_REVIEW,
//     the commitment due in 1 month (BB-1-3)
import { chinaDateOf, type DocType } from '@yidi/shared';
import { fixedClock } from '../../../functions/src/clock';
import { newId } from '../../../functions/src/http/ids';
import type { Caller } from '../../../functions/src/middleware/types';
import { approveFiling, fileFiling } from '../../../functions/src/services/filings';
import { createMaterial } from '../../../functions/src/services/materials/createMaterial';
import { materialVerifier } from '../../../functions/src/services/materials/materialVerifier';
import type { DemoContext } from './seedDemo';
import { demoJpeg, uploadThrough } from './sampleUpload';

export async function seedDemoFilings(context: DemoContext): Promise<void> {
  const { runtime, now, users, persons } = context;
  const today = chinaDateOf(now);
  const verifier = materialVerifier({
    storage: runtime.storage,
    materials: runtime.store.materials,
  });
  const deps = { store: runtime.store, clock: fixedClock(now), newId, verifier };
  const material = async (caller: Caller, personId: string, docType: DocType) => {
    const { bytes, sha256 } = demoJpeg(docType);
    const created = await createMaterial(
      {
        agentLinks: runtime.store.agentLinks,
        materials: runtime.store.materials,
        storage: runtime.storage,
        newId,
      },
      caller,
      { personId, docType, contentType: 'image/jpeg', size: bytes.length, sha256 },
      now,
    );
    await uploadThrough(created.upload, bytes, 'image/jpeg');
    return created.id;
  };

  const fathers = await fileFiling(deps, users.bob, {
    personId: persons.father,
    category: 'RETIRED_RESETTLED',
    destination: { code: '310000' },
    startDate: today,
    contact: { address: '上海市浦东新区张杨路500号', phone: '13800000002' },
    proof: {
      kind: 'MATERIALS',
      materialIds: [await material(users.bob, persons.father, 'HOUSEHOLD_REGISTER')],
    },
    facts: { retired: true },
  });
  await approveFiling(deps, users.carol, {
    filingId: fathers.id,
    expectedVersion: fathers.version,
  });

  await fileFiling(deps, users.alice, {
    personId: persons.alice,
    category: 'LONG_TERM_RESIDENT',
    destination: { code: '330100' },
    startDate: today,
    contact: { address: '杭州市西湖区文三路90号', phone: '13800000001' },
    proof: {
      kind: 'COMMITMENT',
      missing: ['RESIDENCE_PERMIT'],
      signatureMaterialId: await material(users.alice, persons.alice, 'COMMITMENT_SIGNATURE'),
    },
  });
}
