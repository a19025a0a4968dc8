import { fireEvent, render, screen } from '@testing-library/react';
import type { Action } from '@yidi/shared';
import { zh } from '../i18n/zh';
import { ActionButton } from './ActionButton';

describe('ActionButton', () => {
  it('an allowed action is a button that works', () => {
    const onPress = jest.fn();
    render(
      <ActionButton
        id="action-change"
        label="变更备案"
        action={{ allowed: true }}
        onPress={onPress}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '变更备案' }));
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('action-refusal')).toBeNull();
  });

  it('a refused action stays visible, disabled, with the reason, the rule and the date', () => {
    const onPress = jest.fn();
    const refused: Action = {
      allowed: false,
      code: 'CHANGE_LOCKED',
      rule: 'AH-14-1',
      until: '2027-05-22',
      message: '备案生效后6个月内不能变更，2027年5月22日起可以办理。',
    };
    render(<ActionButton id="action-change" label="变更备案" action={refused} onPress={onPress} />);
    const button = screen.getByRole('button', { name: /变更备案/ });
    expect(button).toHaveProperty('disabled', true);
    fireEvent.click(button);
    expect(onPress).not.toHaveBeenCalled();

    const refusal = screen.getByTestId('action-refusal');
    expect(refusal.textContent).toContain(`${zh.detail.refusedPrefix}${refused.message}`);
    expect(refusal.textContent).toContain('依据规则：AH-14-1');
    expect(refusal.textContent).toContain('2027年5月22日起可以办理');
  });

  it('a refusal without rule or date shows only the reason', () => {
    render(
      <ActionButton
        id="action-extend"
        label="申请延期"
        action={{ allowed: false, code: 'FILING_NOT_ACTIVE', message: '备案已取消。' }}
        onPress={() => undefined}
      />,
    );
    const refusal = screen.getByTestId('action-refusal');
    expect(refusal.textContent).toBe(`${zh.detail.refusedPrefix}备案已取消。`);
  });

  it('an action that can never apply is not shown at all', () => {
    const { container } = render(
      <ActionButton
        id="action-extend"
        label="申请延期"
        action={{
          allowed: false,
          code: 'NOT_APPLICABLE',
          rule: 'PZH-4-2-2',
          message: '长期备案无需延期。',
          applicable: false,
        }}
        onPress={() => undefined}
      />,
    );
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
