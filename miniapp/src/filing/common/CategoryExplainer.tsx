// What a category means in the person's region, before they commit: class, benefits, validity,
// the proof list, whether a commitment may stand in, and how long review takes.
import { Text, View } from '@tarojs/components';
import type { PublicPolicyView } from '@yidi/shared';
import { zh } from '../../i18n/zh';
import type { CategoryView } from './usePersonAndPolicy';

export function proofOptionTexts(view: CategoryView): string[] {
  return view.proofOptions.labels.map((option) =>
    option.length === 0 ? zh.wizard.noProofNeeded : option.map((doc) => doc.label).join(' + '),
  );
}

export function CategoryExplainer({
  policy,
  view,
}: {
  policy: PublicPolicyView;
  view: CategoryView;
}) {
  const months = view.commitmentAllowed.value ? policy.commitment.value?.months : undefined;
  return (
    <View className="card" id={`category-explainer-${view.category}`}>
      <Text className="title">{view.label}</Text>
      <Text className="hint">
        {view.class === 'LONG_TERM' ? zh.wizard.classLongTerm : zh.wizard.classTemporary}
      </Text>
      <Text className="field-label">{zh.wizard.benefitHeading}</Text>
      <Text className="hint" id="category-benefit">
        {view.benefit.text}
      </Text>
      <Text className="field-label">{zh.wizard.validityHeading}</Text>
      <Text className="hint">{view.validity.text}</Text>
      <Text className="field-label">{zh.wizard.identityHeading}</Text>
      <Text className="hint">{policy.materials.identityLabels.join('、')}</Text>
      <Text className="field-label">{zh.wizard.materialsHeading}</Text>
      {proofOptionTexts(view).map((text) => (
        <Text key={text} className="hint" data-testid="proof-option">
          • {text}
        </Text>
      ))}
      {view.class === 'LONG_TERM' && (
        <View>
          <Text className="field-label">{zh.wizard.commitmentHeading}</Text>
          <Text className="hint" id="category-commitment">
            {months ? zh.wizard.commitmentAllowed(months) : zh.wizard.commitmentNotAllowed}
          </Text>
        </View>
      )}
      <Text className="field-label">{zh.wizard.reviewHeading}</Text>
      <Text className="hint">
        {view.instantSelfService.value
          ? zh.wizard.instant
          : zh.wizard.reviewDays(policy.review.onlineWorkingDays.value)}
      </Text>
      <Text className="hint">
        {zh.common.ruleLabel}：{view.benefit.rule}、{view.validity.rule}、{view.proofOptions.rule}
      </Text>
    </View>
  );
}
