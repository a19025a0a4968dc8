// Options as large buttons (easier than a scroll wheel for older users). The chosen one says
// so in words and with a tick, not only by colour.
import { Button, View } from '@tarojs/components';
import { roleProps } from '../a11y/role';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export function ChoiceList<T extends string>({
  idPrefix,
  choices,
  selected,
  onSelect,
  label,
  disabled = false,
}: {
  idPrefix: string;
  choices: readonly Choice<T>[];
  selected?: T;
  onSelect: (value: T) => void;
  label?: string;
  /** Greyed and inert (the server said this choice is not the user's to make). */
  disabled?: boolean;
}) {
  return (
    <View {...roleProps('radiogroup')} aria-label={label} id={idPrefix}>
      {choices.map((choice) => {
        const chosen = choice.value === selected;
        return (
          <Button
            key={choice.value}
            id={`${idPrefix}-${choice.value}`}
            {...roleProps('radio')}
            aria-checked={chosen}
            className={
              disabled ? 'button button--disabled' : chosen ? 'button' : 'button button--secondary'
            }
            disabled={disabled}
            onClick={() => {
              if (!disabled) onSelect(choice.value);
            }}
          >
            {chosen ? `✔ ${choice.label}` : choice.label}
          </Button>
        );
      })}
    </View>
  );
}
