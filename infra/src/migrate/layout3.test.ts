// The layout-3 filing item, written out by hand: what the migration must produce from a layout-2
// item (toLayout3) and from a record (layout3ItemOf, the layout-1 path). The same item the store
// writes in layout 3 (store/filingItems.ts), so these pins stay when the seam calls filingItemOf.
import { contactSealer } from '../../../functions/src/security/contactProtection';
import type { FilingRecord } from '../../../functions/src/store/records';
import { layout3ItemOf, toLayout3 } from './layout3';

const PERSON = 'p-42';
const ID = `${PERSON}_8d0f6a52-1c1e-4b0c-9a55-2f1d7c3e9b10`;
const CREATED = '2026-12-15T01:00:00.000Z';
const person = {
  id: PERSON,
  name: '张三',
  idNumberMasked: '3401**********1234',
  gender: 'MALE',
  birthDate: '1955-03-01',
  insuranceType: 'EMPLOYEE',
  insuredRegion: '340100',
};
const destination = { code: '310000', name: '上海市', level: 'PROVINCE' };

/** What a pending filing's item keeps besides its keys, in layouts 2 and 3 alike. */
const state = {
  _et: 'Filing',
  filingId: ID,
  number: 'YD202612150001',
  person,
  insuredRegion: '340100',
  category: 'RETIRED_RESETTLED',
  class: 'LONG_TERM',
  destination,
  status: 'PENDING_REVIEW',
  filedOn: '2026-12-15',
  validFrom: '2026-12-15',
  lockAnchor: '2026-12-15',
  review: { dueBy: '2026-12-22', submittedOn: '2026-12-18', notices: [] },
  proof: { kind: 'MATERIALS', materialIds: [`${PERSON}_m1`] },
  contactSealed: 'sealed-contact',
  extensionsUsed: 0,
  version: 3,
  createdBy: 'u-1',
  createdAt: CREATED,
  updatedAt: '2026-12-18T01:00:00.000Z',
};

const layout2 = {
  pk: `FILING#${ID}`,
  sk: 'FILING',
  gsi1pk: `PERSON#${PERSON}`,
  gsi1sk: `FILING#${CREATED}#${ID}`,
  gsi2pk: 'REVIEW#340100',
  gsi2sk: `2026-12-22#${ID}`,
  gsi5pk: 'REGION#340100',
  gsi5sk: `PENDING_REVIEW#RETIRED_RESETTLED#${CREATED}#${ID}`,
  itemVersion: 2,
  personId: PERSON,
  ...state,
};

const layout3 = {
  pk: 'PERSON#p-42',
  sk: `FILING#${ID}`,
  gsi6pk: 'REVIEW#340100',
  gsi6sk: `2026-12-22#${ID}`,
  gsi7pk: 'REGION#340100',
  gsi7sk: `2026-12-15T01:00:00.000Z#${ID}`,
  itemVersion: 3,
  ...state,
};

describe('toLayout3: a layout-2 filing item → layout 3', () => {
  it('moves it into its person’s partition, the queue entry to GSI6, the region entry to GSI7', () => {
    expect(toLayout3(layout2)).toEqual(layout3);
  });

  it('keeps it out of GSI1, GSI2 and GSI5 and stores no personId', () => {
    const next = toLayout3(layout2);
    for (const gone of ['gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi5pk', 'gsi5sk', 'personId'])
      expect(next).not.toHaveProperty(gone);
  });

  it('a filing out of the review queue has no GSI6 entry; the due-date entries stay', () => {
    const {
      gsi2pk: _p,
      gsi2sk: _s,
      ...active
    } = {
      ...layout2,
      status: 'ACTIVE',
      gsi4pk: 'ENDS#2028-12#340100',
      gsi4sk: `2028-12-14#${ID}`,
    };
    const next = toLayout3(active);
    expect(next).not.toHaveProperty('gsi6pk');
    expect(next).toMatchObject({
      gsi4pk: 'ENDS#2028-12#340100',
      gsi4sk: `2028-12-14#${ID}`,
      gsi7sk: `${CREATED}#${ID}`,
    });
  });

  it('refuses an item whose id does not name its person (it would change owner)', () => {
    expect(() => toLayout3({ ...layout2, personId: 'p-43' })).toThrow('does not name its person');
  });
});

describe('layout3ItemOf: a filing record → its layout-3 item', () => {
  const sealer = contactSealer(Buffer.alloc(32, 5));
  const contact = { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' };
  const { _et, filingId: _id, contactSealed: _sealed, ...recordState } = state;
  const record = {
    ...recordState,
    id: ID,
    personId: PERSON,
    contact,
    validUntil: null,
    commitment: null,
  } as FilingRecord;

  it('is the hand-written item, the contact sealed', () => {
    const { _et: _entity, contactSealed: _c, ...expected } = layout3;
    const item = layout3ItemOf(record, sealer);
    expect(item).toEqual({ ...expected, contactSealed: expect.any(String) });
    expect(JSON.parse(sealer.openText(item.contactSealed as string))).toEqual(contact);
    expect(JSON.stringify(item)).not.toContain('13912345678');
  });
});
