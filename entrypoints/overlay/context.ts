import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT tells an older copy of a script to stop with a DOM event that any page script can forge
 * (with our public extension id), which would remove every badge (tests/e2e/hostile.e2e.test.ts).
 * The overlay is started once per page by the content script, so it neither sends nor obeys it;
 * it is still torn down when the extension itself goes away (ctx.isInvalid checks runtime.id).
 */
export class OverlayContext extends ContentScriptContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}
