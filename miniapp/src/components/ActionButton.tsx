// One button per `actions` entry of a filing: the server decides; a refused action stays
// visible, greyed, with the reason, the rule and the day it becomes possible — unless the engine
// says it can never apply to this filing (`applicable: false`), which is left out entirely.
import { Button, Text, View } from '@tarojs/components';
import { isApplicable, type Action } from '@yidi/shared';
import { refusalView } from '../format/refusal';
import { zh } from '../i18n/zh';

export function ActionButton({
  id,
  label,
  action,
  onPress,
}: {
  id: string;
  label: string;
  action: Action;
  onPress: () => void;
}) {
  if (!isApplicable(action)) return null;
  if (action.allowed) {
    return (
      <Button id={id} className="button" onClick={onPress}>
        {label}
      </Button>
    );
  }
  const view = refusalView(action);
  return (
    <View>
      <Button
        id={id}
        className="button button--disabled"
        disabled
        aria-disabled
        aria-label={`${label}：${zh.detail.refusedPrefix}${view.message}`}
      >
        {label}
      </Button>
      <View className="refusal" id={`${id}-refusal`} data-testid="action-refusal">
        <Text className="hint">
          {zh.detail.refusedPrefix}
          {view.message}
        </Text>
        {view.ruleText && <Text className="hint">{view.ruleText}</Text>}
        {view.untilText && <Text className="hint">{view.untilText}</Text>}
      </View>
    </View>
  );
}
