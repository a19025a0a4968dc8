// The `dispatchMessages` Lambda (serverless.yml, every minute): hands the outbox's messages —
// written by the state changes themselves — to WeChat (or, in local/test, the recording channel).
// Runs may overlap (a slow minute, the sweep's own dispatch): each run claims a message before
// sending it under its own id (dispatchOutbox), so a message is sent once.
import { systemClock } from '../clock';
import { runtimeFromEnvironment, type RuntimeOf } from '../runtime';
import { dispatchRecipe } from '../runtime/recipes';
import { dispatchOutbox, type DispatchReport } from '../services/notifications/dispatchOutbox';
import { notifierFor } from '../services/notifications/notifierForRuntime';

export function buildDispatch(
  runtime: RuntimeOf<typeof dispatchRecipe>,
): () => Promise<DispatchReport> {
  return () =>
    dispatchOutbox({
      messages: runtime.store.messages,
      notifier: notifierFor(runtime),
      logger: runtime.logger,
      now: () => systemClock.now(),
    });
}

let handlerForEnvironment: (() => Promise<DispatchReport>) | undefined;

export const handler = async () => {
  handlerForEnvironment ??= buildDispatch(await runtimeFromEnvironment(dispatchRecipe));
  return handlerForEnvironment();
};
