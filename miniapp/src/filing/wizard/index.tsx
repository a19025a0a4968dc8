// The category wizard: plain questions (wizard/categoryWizard.ts) → the category and what it
// means in the person's region, before anything is filed.
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  MESSAGES,
  eligibleCategories,
  policyForRegion,
  type Category,
  type EligibilityFacts,
  type Person,
} from '@yidi/shared';
import { useState } from 'react';
import { ChoiceList } from '../../components/ChoiceList';
import { ErrorText } from '../../components/ErrorText';
import { todayInChina } from '../../format/dates';
import { useLargeText } from '../../hooks/useLargeText';
import { usePageParams } from '../../hooks/usePageParams';
import { zh } from '../../i18n/zh';
import {
  RESIDENCE_BUCKETS,
  answeredQuestions,
  rewindTo,
  wizardOutcome,
  type PostedAnswer,
  type QuestionId,
  type WizardAnswers,
} from '../../wizard/categoryWizard';
import { factsParam } from '../../wizard/factsParam';
import { CategoryExplainer } from '../common/CategoryExplainer';
import { usePersonAndPolicy } from '../common/usePersonAndPolicy';

const YES_NO = [
  { value: 'yes', label: zh.common.yes },
  { value: 'no', label: zh.common.no },
] as const;

/** The shared engine's explanation (never a decision: the server decides on submit). */
function eligibilityNote(person: Person, category: Category, facts: EligibilityFacts) {
  const policy = policyForRegion(person.insuredRegion);
  if (!policy) return undefined;
  const verdict = eligibleCategories(policy, person, facts, todayInChina()).find(
    (entry) => entry.category === category,
  );
  return verdict?.refusal?.message;
}

function Question({
  question,
  minimumWorkMonths,
  onAnswer,
}: {
  question: QuestionId;
  minimumWorkMonths: number | null;
  onAnswer: (answers: Partial<WizardAnswers>) => void;
}) {
  const title = zh.wizard.questions[question];
  if (question === 'workMonths' && minimumWorkMonths !== null) {
    // The threshold is the region's (public policy), so the answer says exactly what it needs.
    const labels = zh.wizard.workOptions(minimumWorkMonths);
    return (
      <View>
        <Text className="title" id="wizard-question">
          {title}
        </Text>
        <ChoiceList
          idPrefix="wizard-work"
          label={title}
          choices={[
            { value: 'less', label: labels.less },
            { value: 'enough', label: labels.enough },
          ]}
          onSelect={(value) => onAnswer({ workMonths: value === 'enough' ? minimumWorkMonths : 0 })}
        />
      </View>
    );
  }
  if (question === 'posted') {
    const choices = (['WORKER', 'STUDENT', 'NONE'] as const).map((value) => ({
      value,
      label: zh.wizard.postedOptions[value],
    }));
    return (
      <View>
        <Text className="title" id="wizard-question">
          {title}
        </Text>
        <ChoiceList<PostedAnswer>
          idPrefix="wizard-posted"
          label={title}
          choices={choices}
          onSelect={(posted) => onAnswer({ posted })}
        />
      </View>
    );
  }
  if (question === 'residenceMonths') {
    const choices = RESIDENCE_BUCKETS.map((months) => ({
      value: String(months) as `${typeof months}`,
      label: zh.wizard.residenceOptions[String(months) as `${typeof months}`],
    }));
    return (
      <View>
        <Text className="title" id="wizard-question">
          {title}
        </Text>
        <ChoiceList
          idPrefix="wizard-residence"
          label={title}
          choices={choices}
          onSelect={(value) =>
            onAnswer({ residenceMonths: Number(value) as WizardAnswers['residenceMonths'] })
          }
        />
      </View>
    );
  }
  return (
    <View>
      <Text className="title" id="wizard-question">
        {title}
      </Text>
      <ChoiceList
        idPrefix={`wizard-${question}`}
        label={title}
        choices={YES_NO}
        onSelect={(value) => onAnswer({ [question]: value === 'yes' })}
      />
    </View>
  );
}

export default function WizardPage() {
  const { rootClassName } = useLargeText();
  const { personId } = usePageParams();
  const state = usePersonAndPolicy(personId);
  const [answers, setAnswers] = useState<WizardAnswers>({});
  const [chosen, setChosen] = useState<Category>();
  const [choosing, setChoosing] = useState(false);

  if (state.kind === 'loading') {
    return (
      <View className={rootClassName}>
        <Text className="hint">{zh.wizard.loadingPolicy}</Text>
      </View>
    );
  }
  if (state.kind === 'failed') {
    return (
      <View className={rootClassName}>
        <Text className="error-text">{zh.wizard.noRegion}</Text>
        <ErrorText error={state.error} />
      </View>
    );
  }
  const { person, policy } = state;
  const livingView = policy.categories.find((c) => c.category === 'LONG_TERM_RESIDENT');
  const workView = policy.categories.find((c) => c.category === 'STATIONED_WORKER');
  const minimumWorkMonths = workView?.eligibility.value.minimumWorkMonths ?? null;
  const outcome = wizardOutcome(answers, {
    emergencyMode: policy.emergency.value.mode,
    minimumResidenceMonths: livingView?.eligibility.value.minimumResidenceMonths ?? null,
    minimumWorkMonths,
  });
  const facts = outcome.kind === 'CATEGORY' ? outcome.facts : undefined;
  const category = chosen ?? (outcome.kind === 'CATEGORY' ? outcome.category : undefined);
  const view = category ? policy.categories.find((c) => c.category === category) : undefined;
  const note = category
    ? eligibilityNote(person, category, outcome.kind === 'CATEGORY' ? outcome.facts : {})
    : undefined;

  function restart() {
    setAnswers({});
    setChosen(undefined);
    setChoosing(false);
  }

  const previous = answeredQuestions(answers).at(-1);

  return (
    <View className={rootClassName}>
      <Text className="title">{zh.wizard.title}</Text>
      <Text className="hint">
        {zh.filing.personLabel}：{person.name}
      </Text>
      {!category && outcome.kind === 'INCOMPLETE' && !choosing && (
        <View>
          <Text className="hint">{zh.wizard.intro}</Text>
          <Question
            question={outcome.next}
            minimumWorkMonths={minimumWorkMonths}
            onAnswer={(more) => setAnswers({ ...answers, ...more })}
          />
          {previous && (
            <Button
              id="wizard-previous"
              className="button button--secondary"
              onClick={() => setAnswers(rewindTo(answers, previous))}
            >
              {zh.common.previous}
            </Button>
          )}
        </View>
      )}
      {outcome.kind === 'NO_FILING_NEEDED' && !chosen && (
        <View className="card" id="wizard-no-filing-needed">
          <Text className="title">✔ {zh.wizard.noFilingNeeded}</Text>
          <Text className="hint">{MESSAGES.emergencyDeemedFiled()}</Text>
          <Text className="hint">
            {zh.common.ruleLabel}：{policy.emergency.rule}
          </Text>
        </View>
      )}
      {choosing && !chosen && (
        <ChoiceList
          idPrefix="wizard-category"
          label={zh.wizard.chooseOther}
          choices={CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }))}
          onSelect={setChosen}
        />
      )}
      {category && view && (
        <View id="wizard-result">
          <Text className="field-label">{zh.wizard.resultTitle}</Text>
          <CategoryExplainer policy={policy} view={view} />
          {note && (
            <View className="notice" id="wizard-eligibility-note">
              <Text className="field-label">⚠ {zh.wizard.eligibilityWarning}</Text>
              <Text className="hint">{note}</Text>
            </View>
          )}
          {view.allowed.value && (
            <Button
              id="wizard-start-filing"
              className="button"
              onClick={() =>
                void Taro.navigateTo({
                  url: `/filing/new/index?personId=${person.id}&category=${category}${factsParam(facts)}`,
                })
              }
            >
              {zh.wizard.startFiling}
            </Button>
          )}
        </View>
      )}
      {!choosing && (
        <Button
          id="wizard-choose-other"
          className="button button--secondary"
          onClick={() => {
            setChosen(undefined);
            setChoosing(true);
          }}
        >
          {zh.wizard.chooseOther}
        </Button>
      )}
      <Button id="wizard-restart" className="button button--secondary" onClick={restart}>
        {zh.wizard.restart}
      </Button>
    </View>
  );
}
