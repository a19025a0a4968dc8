import { reviewConflict } from './duties';

describe('SOD-1: a reviewer never decides their own or a linked person’s filing', () => {
  const base = { reviewerUserId: 'r1', filedBy: 'someone', linkedToPerson: false };

  it('lets an unrelated reviewer decide', () => {
    expect(reviewConflict(base)).toBeUndefined();
  });

  it('refuses a reviewer linked to the person, whoever filed', () => {
    expect(reviewConflict({ ...base, linkedToPerson: true })).toMatchObject({ rule: 'SOD-1' });
  });

  it('refuses the reviewer who filed it', () => {
    expect(reviewConflict({ ...base, filedBy: 'r1' })?.message).toMatch(/本人提交/);
  });
});
