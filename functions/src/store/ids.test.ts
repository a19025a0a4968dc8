import {
  newFilingId,
  newMaterialId,
  personIdOfFilingId,
  personIdOfMaterialId,
  uniquePartOf,
} from './ids';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('filing and material ids', () => {
  const personId = '0b6f0c1e-3d2a-4b5c-9e8f-7a6b5c4d3e2f';

  it('name their person and end in a fresh UUID', () => {
    const filingId = newFilingId(personId);
    const materialId = newMaterialId(personId);
    expect(personIdOfFilingId(filingId)).toBe(personId);
    expect(personIdOfMaterialId(materialId)).toBe(personId);
    expect(uniquePartOf(filingId)).toMatch(UUID);
    expect(newFilingId(personId)).not.toBe(filingId);
  });

  it('take an injected unique part (tests predict ids)', () => {
    expect(newFilingId('person-1', () => 'filing-2')).toBe('person-1_filing-2');
    expect(newMaterialId('per_1', () => 'm-3')).toBe('per_1_m-3');
    expect(personIdOfMaterialId('per_1_m-3')).toBe('per_1');
  });

  it('refuse halves that would not read back', () => {
    expect(() => newFilingId('person 1')).toThrow(RangeError);
    expect(() => newFilingId(personId, () => 'a_b')).toThrow(RangeError);
  });

  it.each(['', 'nope', personId, `${personId}_`, `_${personId}`, `${personId}_x/y`, '../_x'])(
    'find no person in the malformed id %p',
    (id) => {
      expect(personIdOfFilingId(id)).toBeUndefined();
      expect(personIdOfMaterialId(id)).toBeUndefined();
    },
  );
});
