// A button the rules forbid says why, under which rule, and from when (API.md `actions`).
import type { Action, RefusedAction } from '@yidi/shared';
import { zh } from '../i18n/zh';
import { readableDate } from './dates';

export interface RefusalView {
  message: string;
  ruleText?: string;
  untilText?: string;
}

export function refusalView(action: RefusedAction): RefusalView {
  return {
    message: action.message,
    ...(action.rule ? { ruleText: zh.detail.ruleText(action.rule) } : {}),
    ...(action.until ? { untilText: zh.detail.untilText(readableDate(action.until)) } : {}),
  };
}

export function isRefused(action: Action): action is RefusedAction {
  return !action.allowed;
}
