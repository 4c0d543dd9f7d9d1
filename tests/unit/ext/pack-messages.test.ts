import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { MessageSchema } from '../../../utils/ext/messages';
import { PackReadSchema, ReadPackRequestSchema } from '../../../utils/ext/pack-reader/protocol';
import { createRouter, type Handlers } from '../../../utils/ext/router';

const OPTIONS = {
  extensionId: 'our-id',
  extensionOrigin: 'chrome-extension://our-id/',
  log: () => undefined,
};
const CONTENT: Runtime.MessageSender = { id: 'our-id', url: 'https://a.gov.uk/x', tab: { id: 3 } as never };
const POPUP: Runtime.MessageSender = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const PACK = {
  url: 'https://a.gov.uk/documents/g1/Agenda reports pack.pdf',
  kind: 'agenda-pack',
  title: 'Pack',
};
const pageRead = (packs: unknown) => ({ type: 'page-read', url: 'https://a.gov.uk/x', records: [], packs });

describe('messages about PDF papers', () => {
  it('page-read carries a page’s packs, checked: known kinds, web addresses, at most 20', () => {
    expect(MessageSchema.safeParse(pageRead([PACK])).success).toBe(true);
    expect(MessageSchema.safeParse(pageRead(undefined)).success).toBe(true);
    for (const bad of [
      [{ ...PACK, kind: 'anything' }],
      [{ ...PACK, url: 'file:///etc/passwd' }],
      [{ ...PACK, title: 'x'.repeat(1000) }],
      Array.from({ length: 21 }, () => PACK),
    ])
      expect(MessageSchema.safeParse(pageRead(bad)).success).toBe(false);
  });

  it('reading packs is asked for by our pages only, never by a content script', async () => {
    const handler = vi.fn(() => 'queued');
    const route = createRouter(new Proxy({} as Handlers, { get: () => handler }), OPTIONS);
    for (const message of [
      { type: 'read-packs', tabId: 3 },
      { type: 'pack-reading', urls: [PACK.url] },
      { type: 'stop-pack-reading' },
    ]) {
      expect(await route(message, CONTENT)).toEqual({ ok: false, error: 'sender not allowed' });
      expect(await route(message, POPUP)).toEqual({ ok: true, value: 'queued' });
    }
    expect(await route({ type: 'pack-reading', urls: ['javascript:alert(1)'] }, POPUP)).toEqual({
      ok: false,
      error: 'malformed message',
    });
    expect(handler).toHaveBeenCalledTimes(3);
  });

  it('the pack reader answers only read-pack requests for web addresses', () => {
    expect(
      ReadPackRequestSchema.safeParse({ target: 'pack-reader', type: 'read-pack', url: PACK.url }).success,
    ).toBe(true);
    for (const other of [
      { type: 'page-read', url: PACK.url, records: [] },
      { target: 'pack-reader', type: 'read-pack', url: 'chrome-extension://our-id/x' },
    ])
      expect(ReadPackRequestSchema.safeParse(other).success).toBe(false);
  });

  it('the background takes only valid results from the reader', () => {
    const record = {
      role: 'minutes',
      meeting: { committee: 'Cabinet', date: '2026-01-19' },
      items: [{ number: '1', title: 'Apologies', decisions: [], actions: [] }],
    };
    expect(PackReadSchema.safeParse({ ok: true, records: [record], pages: 2, ms: 40 }).success).toBe(true);
    expect(PackReadSchema.safeParse({ ok: false, failure: 'not-pdf', message: 'a web page' }).success).toBe(
      true,
    );
    for (const bad of [
      { ok: true, records: [{ ...record, role: 'gossip' }], pages: 2, ms: 40 },
      { ok: true, records: Array.from({ length: 11 }, () => record), pages: 2, ms: 40 },
      { ok: false, failure: 'exploded', message: 'x' },
      'done',
    ])
      expect(PackReadSchema.safeParse(bad).success).toBe(false);
  });
});
