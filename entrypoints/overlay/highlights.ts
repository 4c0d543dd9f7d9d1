import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HighlightToolbar } from '../../components/HighlightToolbar';
import { anchorAll } from '../../utils/anchor/anchor';
import { createHighlighter, highlightPageUrl, selectionToSelectors } from '../../utils/ext/highlighter';
import { foundHighlights, keepPassage } from '../../utils/ext/page-highlights';
import { send } from '../../utils/ext/send';
import type { Highlight } from '../../utils/model/notes';

/**
 * Highlights on a meeting page: the ones saved before are found again (fuzzy but verified) and
 * painted without touching the page's layout; the ones that cannot be found are reported as
 * orphans for the side panel. Selecting text offers "Follow up" and "Note".
 */
export async function startHighlights(
  ctx: ContentScriptContext,
  doc: Document,
  url: string,
  meetingKey: string,
) {
  const win = doc.defaultView! as Window & typeof globalThis;
  const highlighter = createHighlighter(win);
  ctx.onInvalidated(() => highlighter.clear());
  const pageUrl = highlightPageUrl(url);
  const repaint = async () => {
    const saved = await send<Highlight[]>({ type: 'list-highlights', url: pageUrl });
    // Reading the page's text costs tens of ms on a large agenda: only when there is something to find.
    const painted =
      saved.length === 0
        ? []
        : foundHighlights(
            saved,
            anchorAll(
              doc,
              saved.map((s) => s.selectors),
            ),
          );
    highlighter.paint(painted);
    const anchored = new Set(painted.map((p) => p.id));
    const orphans = saved.filter((s) => !anchored.has(s.id)).map((s) => s.id);
    doc.documentElement.dataset.lensHighlights = `${anchored.size}/${saved.length}`;
    await send({ type: 'highlights-anchored', url: pageUrl, orphans, anchored: [...anchored] });
  };

  const toolbar = await createShadowRootUi(ctx, {
    name: 'agenda-lens-toolbar',
    position: 'inline',
    anchor: doc.body,
    append: 'last',
    onMount: (container, _shadow, host) => {
      host.dataset.lensHost = '';
      return container;
    },
  });
  toolbar.mount();
  const hide = () => render(null, toolbar.uiContainer);

  const keep = async (kind: 'followup' | 'note', note?: string) => {
    const selectors = selectionToSelectors(win);
    hide();
    if (!selectors) return;
    await keepPassage({ url: pageUrl, meetingKey, kind, selectors, note });
    win.getSelection()?.removeAllRanges();
    await repaint();
  };

  const offer = (viaKeyboard: boolean) => {
    const selection = win.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !selection.toString().trim())
      return hide();
    if (toolbar.shadowHost.contains(selection.anchorNode)) return;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    render(
      h(HighlightToolbar, {
        anchorRect: { left: rect.left, bottom: rect.bottom },
        autoFocus: viaKeyboard,
        onFollowUp: () => void keep('followup'),
        onNote: (text) => void keep('note', text),
        onCancel: hide,
      }),
      toolbar.uiContainer,
    );
  };
  ctx.addEventListener(doc, 'mouseup', (event) => {
    if (!toolbar.shadowHost.contains(event.target as Node)) setTimeout(() => offer(false));
  });
  ctx.addEventListener(doc, 'keyup', (event) => {
    if (event.shiftKey && event.key.startsWith('Arrow')) offer(true);
  });
  await repaint();
}
