import { fileFiling, filingNumberOf } from './fileFiling';
import { actor, filingInput, setUp } from '../testing/fixtures';
import { personSummary } from '../testing/memoryStore';

const TODAY = '2026-12-15';

describe('fileFiling', () => {
  it.each([
    { category: 'OTHER_TEMPORARY', status: 'ACTIVE', review: null },
    {
      category: 'LONG_TERM_RESIDENT',
      status: 'PENDING_REVIEW',
      review: { dueBy: '2026-12-17', notices: [] },
    },
  ] as const)('files $category in AH as $status', async ({ category, status, review }) => {
    const { personId, depsOn, material, memory } = setUp('340100');
    const proof =
      category === 'OTHER_TEMPORARY'
        ? { kind: 'MATERIALS' as const, materialIds: [] }
        : { kind: 'MATERIALS' as const, materialIds: [material('RESIDENCE_PERMIT')] };
    const filing = await fileFiling(
      depsOn(TODAY),
      actor,
      filingInput(personId, { category, proof }),
    );
    expect(filing).toMatchObject({ status, review, version: 1, createdBy: actor.userId });
    // The answer is the current state; the version is in the history (the history screen's read).
    expect(filing).not.toHaveProperty('history');
    expect(memory.filings.get(filing.id)?.history).toEqual([
      expect.objectContaining({ version: 1, event: 'FILED' }),
    ]);
  });

  it('opens a commitment with the policy due date and keeps the signature among the materials', async () => {
    const { personId, depsOn, material } = setUp('340300');
    const signature = material('COMMITMENT_SIGNATURE');
    const filing = await fileFiling(
      depsOn(TODAY),
      actor,
      filingInput(personId, {
        category: 'STATIONED_WORKER',
        proof: { kind: 'COMMITMENT', missing: ['WORK_PROOF'], signatureMaterialId: signature },
      }),
    );
    expect(filing.commitment).toMatchObject({
      status: 'OPEN',
      dueDate: '2027-01-15',
      clawback: false,
    });
    expect(filing.materialIds).toEqual([signature]);
  });

  it.each([
    { name: 'an unknown person', personId: 'nobody', code: 'NOT_FOUND' },
    { name: 'a person whose link is pending', personId: 'pending', code: 'AGENT_NOT_AUTHORIZED' },
  ])('refuses $name ($code)', async ({ personId, code }) => {
    const { memory, depsOn } = setUp('340100');
    memory.addLink(actor, personSummary('pending', '340100'), 'PENDING');
    await expect(fileFiling(depsOn(TODAY), actor, filingInput(personId))).rejects.toMatchObject({
      code,
    });
  });

  it('refuses a material of someone else (VALIDATION_FAILED on the field) before asking the engine', async () => {
    const { personId, depsOn, material } = setUp('340100');
    const foreign = material('RESIDENCE_PERMIT', 'someone-else');
    await expect(
      fileFiling(
        depsOn(TODAY),
        actor,
        filingInput(personId, {
          category: 'LONG_TERM_RESIDENT',
          proof: { kind: 'MATERIALS', materialIds: [foreign] },
        }),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: { 'proof.materialIds': expect.any(String) } },
    });
  });

  it('passes an engine refusal on with its rule (EMERGENCY_DEEMED_FILED, AH-11)', async () => {
    const { personId, depsOn } = setUp('340100');
    const refused = fileFiling(
      depsOn(TODAY),
      actor,
      filingInput(personId, {
        category: 'EMERGENCY',
        emergency: { admissionDate: '2026-12-14', hospitalName: '瑞金医院', discharged: false },
      }),
    );
    await expect(refused).rejects.toMatchObject({
      code: 'EMERGENCY_DEEMED_FILED',
      status: 409,
      details: { rule: 'AH-11' },
    });
  });

  it('refuses a second long-term filing for the same person (ACTIVE_FILING_EXISTS)', async () => {
    const { personId, depsOn, material } = setUp('340100');
    const input = filingInput(personId, {
      category: 'LONG_TERM_RESIDENT',
      proof: { kind: 'MATERIALS', materialIds: [material('RESIDENCE_PERMIT')] },
    });
    await fileFiling(depsOn(TODAY), actor, input);
    await expect(fileFiling(depsOn(TODAY), actor, input)).rejects.toMatchObject({
      code: 'ACTIVE_FILING_EXISTS',
    });
  });
});

describe('filingNumberOf', () => {
  it.each([
    ['340300', '2026-12-15', 'a1b2c3d4-e5f6-0000-0000-000000000000', '34030020261215A1B2C3D4'],
    ['320800', '2027-01-02', 'ff-ee-dd-cc', '32080020270102FFEEDDCC'],
    // A filing id names its person first: the number takes the head of the filing's own part.
    [
      '340100',
      '2026-12-15',
      '0b6f0c1e-3d2a-4b5c-9e8f-7a6b5c4d3e2f_a1b2c3d4-e5f6-0000-0000-000000000000',
      '34010020261215A1B2C3D4',
    ],
  ])('numbers %s on %s with id %s as %s', (region, date, id, expected) => {
    expect(filingNumberOf(region, date, id)).toBe(expected);
  });
});
