import { h, render } from 'preact';
import { HighlightToolbar } from '../../components/HighlightToolbar';
import { anchorAll } from '../../utils/anchor/anchor';
import { createHighlighter, selectionToSelectors } from '../../utils/ext/highlighter';
import { pageAddress } from '../../utils/model/keys';
import { foundHighlights, keepPassage } from '../../utils/ext/page-highlights';
import { send } from '../../utils/ext/send';
import type { Highlight } from '../../utils/model/notes';
import type { Lifetime } from './lifetime';
import { mountShadowUi } from './shadow-ui';

/**
 * Highlights on a meeting page: the ones saved before are found again (fuzzy but verified) and
 * painted without touching the page's layout; the ones that cannot be found are reported as
 * orphans for the side panel. Selecting text offers "Follow up" and "Note".
 */
export async function startHighlights(lifetime: Lifetime, doc: Document, url: string, meetingKey: string) {
  const win = doc.defaultView! as Window & typeof globalThis;
  const highlighter = createHighlighter(win);
  lifetime.onEnd(() => highlighter.clear());
  const pageUrl = pageAddress(url);
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

  const toolbar = mountShadowUi(lifetime, { name: 'agenda-lens-toolbar', anchor: doc.body, append: 'last' });
  const hide = () => render(null, toolbar.container);

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
    if (toolbar.host.contains(selection.anchorNode)) return;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    render(
      h(HighlightToolbar, {
        anchorRect: { left: rect.left, bottom: rect.bottom },
        autoFocus: viaKeyboard,
        onFollowUp: () => void keep('followup'),
        onNote: (text) => void keep('note', text),
        onCancel: hide,
      }),
      toolbar.container,
    );
  };
  const listening = { signal: lifetime.signal };
  doc.addEventListener(
    'mouseup',
    (event) => {
      if (!toolbar.host.contains(event.target as Node)) setTimeout(() => offer(false));
    },
    listening,
  );
  doc.addEventListener(
    'keyup',
    (event) => {
      if (event.shiftKey && event.key.startsWith('Arrow')) offer(true);
    },
    listening,
  );
  await repaint();
}
