import { publicPolicyView } from '../publicView';
import { AH, BB, HA, PZH } from './fixtures';

describe('§10 reimbursement when direct settlement fails', () => {
  it('AH-47: apply within 3 months, one 3-month extension; 蚌埠 inherits it', () => {
    expect(AH.reimbursement.deadline).toMatchObject({
      value: { months: 3, extensionMonths: 3 },
      rule: 'AH-47',
    });
    expect(BB.reimbursement.deadline.value).toEqual({ months: 3, extensionMonths: 3 });
  });

  it('HA-18: materials per kind of care', () => {
    const materials = HA.reimbursement.materials;
    expect(materials.rule).toBe('HA-18');
    expect(materials.value?.INPATIENT).toEqual([
      '医院收费票据',
      '住院费用清单',
      '诊断证明（或出院小结）',
    ]);
    expect(materials.value?.MATERNITY).toContain('出院小结');
  });

  it('HA-19: paid within 10 working days of complete materials, 20 in special cases', () => {
    expect(HA.reimbursement.paymentWorkingDays).toMatchObject({
      value: { normal: 10, special: 20 },
      rule: 'HA-19',
    });
    expect(PZH.reimbursement.paymentWorkingDays.value).toBeNull();
  });

  it('AH-9: the public view carries the direct-settlement note with its clause', () => {
    const view = publicPolicyView(AH);
    expect(view.directSettlement).toMatchObject({ rule: 'AH-9' });
    expect(view.directSettlement.value).toContain('就医地目录');
    expect(view.categories).toHaveLength(6);
    expect(view.categories[0]?.validity.text).toContain('长期有效');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
