// Jest stand-ins for the Taro components the pages use, rendered as plain DOM elements so
// Testing Library can find them by text, role, label and test id.
import type { ReactNode } from 'react';

interface CommonProps {
  id?: string;
  className?: string;
  children?: ReactNode;
  onClick?: () => void;
  'aria-label'?: string;
  'data-testid'?: string;
  role?: string;
  'aria-checked'?: boolean;
  'aria-disabled'?: boolean;
  'aria-modal'?: boolean;
}

function passThrough(props: CommonProps) {
  return {
    id: props.id,
    className: props.className,
    'aria-label': props['aria-label'],
    'data-testid': props['data-testid'],
    role: props.role,
    'aria-checked': props['aria-checked'],
    'aria-disabled': props['aria-disabled'],
    'aria-modal': props['aria-modal'],
  };
}

export function View(props: CommonProps) {
  return (
    <div {...passThrough(props)} onClick={props.onClick}>
      {props.children}
    </div>
  );
}

export function Text(props: CommonProps) {
  return (
    <span {...passThrough(props)} onClick={props.onClick}>
      {props.children}
    </span>
  );
}

/** A tap on WeChat's agree-privacy button fires onAgreePrivacyAuthorization, not onClick. */
export function Button(
  props: CommonProps & {
    disabled?: boolean;
    openType?: string;
    onAgreePrivacyAuthorization?: () => void;
  },
) {
  const tap =
    props.openType === 'agreePrivacyAuthorization'
      ? props.onAgreePrivacyAuthorization
      : props.onClick;
  return (
    <button
      type="button"
      {...passThrough(props)}
      data-open-type={props.openType}
      onClick={tap}
      disabled={props.disabled}
    >
      {props.children}
    </button>
  );
}

/** Taro's Input and Textarea report the text as `event.detail.value`. */
interface FieldProps extends CommonProps {
  value?: string;
  placeholder?: string;
  type?: string;
  maxlength?: number;
  onInput?: (event: { detail: { value: string } }) => void;
}

export function Input(props: FieldProps) {
  return (
    <input
      {...passThrough(props)}
      value={props.value}
      placeholder={props.placeholder}
      onChange={(event) => props.onInput?.({ detail: { value: event.target.value } })}
    />
  );
}

export function Textarea(props: FieldProps) {
  return (
    <textarea
      {...passThrough(props)}
      value={props.value}
      placeholder={props.placeholder}
      onChange={(event) => props.onInput?.({ detail: { value: event.target.value } })}
    />
  );
}

/** A date Picker as a date input; `onChange` gets `detail.value` like Taro's. */
export function Picker(
  props: CommonProps & {
    mode?: string;
    value?: string;
    onChange?: (event: { detail: { value: string } }) => void;
  },
) {
  return (
    <label {...passThrough(props)}>
      <input
        type="date"
        value={props.value}
        onChange={(event) => props.onChange?.({ detail: { value: event.target.value } })}
      />
      {props.children}
    </label>
  );
}

export function Canvas(props: CommonProps) {
  return <canvas {...passThrough(props)} />;
}

export function Image(props: CommonProps & { src?: string }) {
  return <img {...passThrough(props)} src={props.src} alt={props['aria-label']} />;
}
