// A labelled text input with its problem in words under it.
import { Input, Text, View } from '@tarojs/components';
import { nativeLabel } from '../a11y/role';

export function TextField({
  id,
  label,
  value,
  onChange,
  placeholder,
  error,
  hint,
  type = 'text',
  maxlength,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  maxlength?: number;
}) {
  return (
    <View className="field">
      <Text className="field-label">{label}</Text>
      <Input
        id={id}
        className="input"
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        aria-label={label}
        {...nativeLabel(label)}
        onInput={(event) => onChange(event.detail.value)}
      />
      {error ? (
        <Text className="error-text" id={`${id}-error`}>
          ⚠ {error}
        </Text>
      ) : (
        hint && (
          <Text className="hint" id={`${id}-hint`}>
            {hint}
          </Text>
        )
      )}
    </View>
  );
}
