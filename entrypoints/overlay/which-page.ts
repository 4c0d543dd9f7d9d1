import { nativeRuntime, type NativeMessageListener } from '../../utils/ext/native-runtime';
import { isWhichPage } from '../../utils/ext/tab-messages';
import type { Lifetime } from './lifetime';

/**
 * Says which meeting page this is when the background asks (utils/ext/shown-page.ts): the
 * extension may not read tabs' addresses, and a tab whose page has no overlay does not answer, so
 * the side panel shows no meeting there. Only meeting pages answer: other pages pay nothing for it.
 */
export function answerWhichPage(lifetime: Lifetime): void {
  const runtime = nativeRuntime();
  const onMessage: NativeMessageListener = (message, sender, sendResponse) => {
    if (sender.id === runtime.id && isWhichPage(message)) sendResponse(location.href);
  };
  runtime.onMessage.addListener(onMessage);
  lifetime.onEnd(() => runtime.onMessage.removeListener(onMessage));
}
