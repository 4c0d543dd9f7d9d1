import { browser } from 'wxt/browser';
import type { Message, Reply } from './messages';

/**
 * Send a typed message to the background and unwrap its reply. Only types are imported from
 * messages.ts, so the content script does not carry zod (TOOLCHAIN.md: ~25 KB gzipped).
 */
export async function send<T>(message: Message): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error(`No answer from the background to ${message.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
