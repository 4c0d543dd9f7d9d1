import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRouter, type Handlers } from '../../../utils/ext/router';
import { MAX_PRINTED_TEXT } from '../../../utils/model/fingerprint';

const OPTIONS = { extensionId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const CONTENT: Runtime.MessageSender = {
  id: 'our-id',
  url: 'https://democracy.example.gov.uk/x',
  tab: { id: 3 } as never,
};
const PAGE: Runtime.MessageSender = { id: 'our-id', url: 'chrome-extension://our-id/sidepanel.html' };
const FOREIGN: Runtime.MessageSender = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };

function router() {
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_t, type: string) => () => {
      calls.push(type);
      return 'handled';
    },
  });
  const log = vi.fn();
  return { route: createRouter(handlers, { ...OPTIONS, log }), calls, log };
}

const detection = { system: 'moderngov', kind: 'agenda', confidence: 0.9, reason: 'mgItemTable' };

describe('the background message router', () => {
  it('dispatches a valid message from our content script', async () => {
    const { route, calls } = router();
    const reply = await route(
      { type: 'page-detected', url: 'https://a.gov.uk/ieListDocuments.aspx', detection },
      CONTENT,
    );
    expect(reply).toEqual({ ok: true, value: 'handled' });
    expect(calls).toEqual(['page-detected']);
  });

  it('refuses and logs unknown and malformed messages without acting on them', async () => {
    const { route, calls, log } = router();
    for (const bad of [
      null,
      42,
      'page-read',
      { type: 'drop-database' },
      { type: 'page-detected', url: 'javascript:alert(1)', detection },
    ]) {
      expect(await route(bad, CONTENT)).toEqual({ ok: false, error: 'malformed message' });
    }
    expect(calls).toEqual([]);
    expect(log).toHaveBeenCalledTimes(5);
  });

  it('refuses oversized payloads from a page', async () => {
    const { route, calls } = router();
    const huge = { type: 'search', query: 'x'.repeat(10_000) };
    expect((await route(huge, PAGE)).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it("takes a page's records with their JSON to print, within a bound", async () => {
    const { route, calls } = router();
    const record = { role: 'agenda', meeting: { committee: 'Cabinet', date: '2026-01-19' }, items: [] };
    const read = (recordsText: string) => ({
      type: 'page-read',
      url: 'https://a.gov.uk/x',
      records: [record],
      recordsText,
    });
    expect((await route(read(JSON.stringify([record])), CONTENT)).ok).toBe(true);
    expect((await route(read('x'.repeat(MAX_PRINTED_TEXT + 1)), CONTENT)).ok).toBe(false);
    expect(calls).toEqual(['page-read']);
  });

  it('refuses records with a title no council paper has (1 MB)', async () => {
    const { route, calls } = router();
    const record = {
      role: 'agenda',
      meeting: { committee: 'Cabinet', date: '2026-01-19' },
      items: [{ number: '1', title: 'x'.repeat(1_000_000), decisions: [], actions: [] }],
    };
    expect(
      (await route({ type: 'page-read', url: 'https://a.gov.uk/x', records: [record] }, CONTENT)).ok,
    ).toBe(false);
    expect(calls).toEqual([]);
  });

  it("takes a page's layout from its content script, and refuses one no page has", async () => {
    const { route, calls } = router();
    const badge = { number: '4', title: 'Parking charges', at: 120, tag: 'a', text: 'Parking charges' };
    const layout = (badges: unknown[]) => ({
      type: 'page-layout',
      url: 'https://a.gov.uk/x',
      print: 'p',
      layout: badges,
    });
    expect(
      (
        await route(
          layout([badge, { ...badge, papers: [{ title: 'Report', url: 'https://a.gov.uk/r.pdf' }] }]),
          CONTENT,
        )
      ).ok,
    ).toBe(true);
    expect(calls).toEqual(['page-layout']);
    for (const bad of [
      [{ ...badge, at: -1 }],
      [{ ...badge, text: 'x'.repeat(61) }],
      [{ ...badge, recognised: { decisions: 1, actions: [{ text: 'no id' }] } }],
      Array.from({ length: 2_001 }, () => badge),
    ])
      expect((await route(layout(bad), CONTENT)).ok).toBe(false);
    expect(calls).toEqual(['page-layout']);
  });

  it('refuses messages meant for extension pages when a content script sends them', async () => {
    const { route, calls } = router();
    const reply = await route(
      { type: 'set-site-enabled', origin: 'https://a.gov.uk', enabled: false },
      CONTENT,
    );
    expect(reply).toEqual({ ok: false, error: 'sender not allowed' });
    expect(calls).toEqual([]);
  });

  it('refuses messages from other extensions', async () => {
    const { route, calls } = router();
    expect((await route({ type: 'index-stats' }, FOREIGN)).ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('accepts page-only messages from our own extension pages', async () => {
    const { route, calls } = router();
    expect(await route({ type: 'index-stats' }, PAGE)).toEqual({ ok: true, value: 'handled' });
    expect(calls).toEqual(['index-stats']);
  });

  it('turns a handler failure into a refusal with its reason', async () => {
    const failing = {
      'index-stats': () => Promise.reject(new Error('database closed')),
    } as unknown as Handlers;
    const route = createRouter(failing, { ...OPTIONS, log: () => undefined });
    expect(await route({ type: 'index-stats' }, PAGE)).toEqual({ ok: false, error: 'database closed' });
  });
});
