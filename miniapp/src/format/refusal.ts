// A button the rules forbid says why, under which rule, and from when (docs/api.md `actions`).
import type { Action, RefusedAction } from '@yidi/shared';
import { zh } from '../i18n/zh';
import { readableDate } from './dates';

export interface RefusalView {
  message: string;
  ruleText?: string;
  untilText?: string;
}

/** The server's messages often name the date already (AH-14-1); saying it twice reads oddly. */
export function messageNamesDate(message: string, date: string): boolean {
  return message.includes(date) || message.includes(readableDate(date));
}

export function refusalView(action: RefusedAction): RefusalView {
  const { until } = action;
  return {
    message: action.message,
    ...(action.rule ? { ruleText: zh.detail.ruleText(action.rule) } : {}),
    ...(until && !messageNamesDate(action.message, until)
      ? { untilText: zh.detail.untilText(readableDate(until)) }
      : {}),
  };
}

export function isRefused(action: Action): action is RefusedAction {
  return !action.allowed;
}
