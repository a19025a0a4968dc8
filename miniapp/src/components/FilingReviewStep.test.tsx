import { fireEvent, render, screen } from '@testing-library/react';
import { newDraft, type FilingDraft } from '../drafts/filingDraft';
import { zh } from '../i18n/zh';
import { FilingReviewStep } from './FilingReviewStep';

const COMPLETE: FilingDraft = {
  ...newDraft('p1', 'LONG_TERM_RESIDENT', new Date('2026-11-23T02:00:00Z')),
  step: 3,
  destination: { provinceCode: '310000', code: '310000', name: '上海市' },
  startDate: '2026-12-01',
  proofEndDate: '2027-12-01',
  contact: { address: '上海市黄浦区人民大道1号', phone: '13812345678', phone2: '' },
  materials: [{ id: 'p1_m1', docType: 'RESIDENCE_PERMIT' }],
};

function renderStep(draft: FilingDraft, submitting = false) {
  const onSubmit = jest.fn();
  const onEdit = jest.fn();
  render(
    <FilingReviewStep
      draft={draft}
      personName="张桂兰"
      submitting={submitting}
      onEdit={onEdit}
      onSubmit={onSubmit}
    />,
  );
  return { onSubmit, onEdit };
}

describe('FilingReviewStep', () => {
  it('shows what will be filed and submits once asked', () => {
    const { onSubmit } = renderStep(COMPLETE);
    expect(screen.getByText('参保人：张桂兰')).toBeTruthy();
    expect(screen.getByText('就医地：上海市')).toBeTruthy();
    expect(screen.getByText('开始日期：2026年12月1日')).toBeTruthy();
    expect(screen.getByText(`证明方式：${zh.filing.materialsCount(1)}`)).toBeTruthy();
    expect(screen.queryByTestId('review-missing-field')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: zh.filing.submit }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('lists every missing item and keeps submit disabled', () => {
    const { onSubmit } = renderStep({
      ...COMPLETE,
      destination: undefined,
      contact: { ...COMPLETE.contact, phone: '' },
    });
    const missing = screen.getAllByTestId('review-missing-field').map((node) => node.textContent);
    expect(missing).toEqual(expect.arrayContaining(['⚠ 请选择就医地', '⚠ 请填写联系电话']));
    const submit = screen.getByRole('button', { name: zh.filing.submit });
    expect(submit).toHaveProperty('disabled', true);
    fireEvent.click(submit);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('does not submit twice while a submission is under way', () => {
    renderStep(COMPLETE, true);
    expect(screen.getByText(zh.common.submitting)).toBeTruthy();
    expect(screen.getByRole('button', { name: zh.filing.submit })).toHaveProperty('disabled', true);
  });

  it('goes back to the step to edit', () => {
    const { onEdit } = renderStep(COMPLETE);
    fireEvent.click(screen.getByRole('button', { name: zh.filing.editContact }));
    expect(onEdit).toHaveBeenCalledWith(1);
  });
});
