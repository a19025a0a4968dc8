// Jest stand-ins for the few Taro components the pages use, rendered as plain DOM elements so
// Testing Library can find them by text and role.
import type { ReactNode } from 'react';

interface CommonProps {
  className?: string;
  children?: ReactNode;
  onClick?: () => void;
}

export function View({ className, children, onClick }: CommonProps) {
  return (
    <div className={className} onClick={onClick}>
      {children}
    </div>
  );
}

export function Text({ className, children, onClick }: CommonProps) {
  return (
    <span className={className} onClick={onClick}>
      {children}
    </span>
  );
}

export function Button({
  className,
  children,
  onClick,
  disabled,
}: CommonProps & { disabled?: boolean }) {
  return (
    <button type="button" className={className} onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}

/** Taro's Input reports the text as `event.detail.value`. */
export function Input({
  className,
  value,
  placeholder,
  onInput,
}: {
  className?: string;
  value?: string;
  placeholder?: string;
  onInput?: (event: { detail: { value: string } }) => void;
}) {
  return (
    <input
      className={className}
      value={value}
      placeholder={placeholder}
      onChange={(event) => onInput?.({ detail: { value: event.target.value } })}
    />
  );
}
