import { fireEvent, render, screen } from '@testing-library/react';
import { ChoiceList } from './ChoiceList';

describe('ChoiceList', () => {
  it('is a radio group whose options announce which one is checked', () => {
    const onSelect = jest.fn();
    render(
      <ChoiceList
        idPrefix="answer"
        label="是否住院"
        choices={[
          { value: 'yes', label: '是' },
          { value: 'no', label: '否' },
        ]}
        selected="no"
        onSelect={onSelect}
      />,
    );
    expect(screen.getByRole('radiogroup', { name: '是否住院' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '是' }).getAttribute('aria-checked')).toBe('false');
    // The chosen one says so in words too (a tick), not only by colour.
    expect(screen.getByRole('radio', { name: '✔ 否' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: '是' }));
    expect(onSelect).toHaveBeenCalledWith('yes');
  });
});
