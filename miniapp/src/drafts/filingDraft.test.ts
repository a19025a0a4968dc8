import { taroDouble } from '../../test/mocks/taro';
import { clearDraft, loadDraft, saveDraft } from './draftStore';
import { buildFilingBody, newDraft, prepareSubmission, type FilingDraft } from './filingDraft';

const NOW = new Date('2026-11-23T02:00:00Z');

function completeDraft(): FilingDraft {
  return {
    ...newDraft('p1', 'LONG_TERM_RESIDENT', NOW),
    destination: { provinceCode: '320000', code: '320100', name: '南京市' },
    startDate: '2026-12-01',
    proofEndDate: '2027-12-01',
    contact: { address: '南京市鼓楼区中山路1号', phone: '138 1234 5678', phone2: '' },
    materials: [{ id: 'p1_m1', docType: 'RESIDENCE_PERMIT' }],
  };
}

describe('buildFilingBody', () => {
  it('builds the API body from a complete draft', () => {
    const result = buildFilingBody(completeDraft());
    expect(result).toEqual({
      ok: true,
      body: {
        personId: 'p1',
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '320100' },
        startDate: '2026-12-01',
        proofEndDate: '2027-12-01',
        contact: { address: '南京市鼓楼区中山路1号', phone: '13812345678' },
        proof: { kind: 'MATERIALS', materialIds: ['p1_m1'] },
      },
    });
  });

  it.each<{ name: string; change: (draft: FilingDraft) => FilingDraft; field: string }>([
    {
      name: 'no destination',
      change: (d) => ({ ...d, destination: undefined }),
      field: 'destination',
    },
    { name: 'no start date', change: (d) => ({ ...d, startDate: undefined }), field: 'startDate' },
    {
      name: 'a bad phone',
      change: (d) => ({ ...d, contact: { ...d.contact, phone: '123' } }),
      field: 'contact.phone',
    },
    {
      name: 'a commitment without a signature',
      change: (d) => ({
        ...d,
        proofKind: 'COMMITMENT',
        commitment: { missing: ['RESIDENCE_PERMIT'] },
      }),
      field: 'proof.signatureMaterialId',
    },
    {
      name: 'a referral without its hospital',
      change: (d) => ({ ...d, category: 'REFERRAL' }),
      field: 'referral.hospitalName',
    },
  ])('names the field for $name', ({ change, field }) => {
    const result = buildFilingBody(change(completeDraft()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fields)).toContain(field);
  });

  it('sends a commitment with the signature and the proof the person does have', () => {
    const draft: FilingDraft = {
      ...completeDraft(),
      proofKind: 'COMMITMENT',
      commitment: { missing: ['RESIDENCE_PERMIT'], signatureMaterialId: 'p1_sig1' },
      materials: [],
    };
    const result = buildFilingBody(draft);
    expect(result.ok && result.body.proof).toEqual({
      kind: 'COMMITMENT',
      missing: ['RESIDENCE_PERMIT'],
      signatureMaterialId: 'p1_sig1',
    });
  });
});

describe('prepareSubmission', () => {
  const keys = ['key-1', 'key-2'];
  const makeKey = () => keys.shift() ?? 'key-x';

  it('reuses the key for the same body and renews it for a changed one', () => {
    const built = buildFilingBody(completeDraft());
    if (!built.ok) throw new Error('draft should be complete');
    const first = prepareSubmission(completeDraft(), built.body, makeKey);
    const retry = prepareSubmission(first.draft, built.body, makeKey);
    expect(first.idempotencyKey).toBe('key-1');
    expect(retry.idempotencyKey).toBe('key-1');

    const changedBody = { ...built.body, startDate: '2026-12-02' };
    expect(prepareSubmission(retry.draft, changedBody, makeKey).idempotencyKey).toBe('key-2');
  });
});

describe('draftStore', () => {
  it('keeps a draft, with its submission key, across a restart of the app', () => {
    const built = buildFilingBody(completeDraft());
    if (!built.ok) throw new Error('draft should be complete');
    const { draft } = prepareSubmission(completeDraft(), built.body, () => 'kept-key');
    saveDraft({ ...draft, step: 2 }, NOW);

    const restored = loadDraft('p1');
    expect(restored?.step).toBe(2);
    expect(restored?.submission?.idempotencyKey).toBe('kept-key');
    expect(restored?.updatedAt).toBe(NOW.toISOString());
    expect(loadDraft('p2')).toBeUndefined();
  });

  it('forgets a draft after it was filed, and ignores what it cannot read', () => {
    saveDraft(completeDraft(), NOW);
    clearDraft('p1');
    expect(loadDraft('p1')).toBeUndefined();
    taroDouble.storage.set('yidi.draft.filing.p1', '{not json');
    expect(loadDraft('p1')).toBeUndefined();
    taroDouble.storage.set('yidi.draft.filing.p1', JSON.stringify({ personId: 'p1' }));
    expect(loadDraft('p1')).toBeUndefined();
  });
});
