import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { DraftDestination } from '../drafts/filingDraft';
import { zh } from '../i18n/zh';
import { DestinationPicker } from './DestinationPicker';

function Picker({ onChange }: { onChange: (destination: DraftDestination) => void }) {
  const [value, setValue] = useState<DraftDestination>();
  return (
    <DestinationPicker
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('DestinationPicker', () => {
  it('finds a city by name instead of scrolling the provinces', () => {
    const onChange = jest.fn();
    render(<Picker onChange={onChange} />);
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(30);

    fireEvent.change(screen.getByLabelText(zh.destinationSearch.label), {
      target: { value: '苏州' },
    });
    // While searching, only the matches are offered.
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '江苏省 苏州市' }));

    expect(onChange).toHaveBeenCalledWith({
      provinceCode: '320000',
      code: '320500',
      name: '江苏省苏州市',
    });
    // Back to the lists, with the choice announced as checked.
    expect(screen.getByRole('radio', { name: '苏州市' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: /江苏/ }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('radio', { name: '南京市' }).getAttribute('aria-checked')).toBe(
      'false',
    );
  });

  it('a province-level match is the destination at once', () => {
    const onChange = jest.fn();
    render(<Picker onChange={onChange} />);
    fireEvent.change(screen.getByLabelText(zh.destinationSearch.label), {
      target: { value: '上海' },
    });
    fireEvent.click(screen.getByRole('button', { name: /上海/ }));
    expect(onChange).toHaveBeenCalledWith({
      provinceCode: '310000',
      code: '310000',
      name: '上海市',
    });
  });

  it('says so when nothing matches', () => {
    render(<Picker onChange={() => undefined} />);
    fireEvent.change(screen.getByLabelText(zh.destinationSearch.label), {
      target: { value: '火星' },
    });
    expect(screen.getByText(zh.destinationSearch.noMatch('火星'))).toBeTruthy();
  });
});
