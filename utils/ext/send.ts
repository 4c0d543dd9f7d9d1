import type { Message, Reply } from './messages';
import { nativeRuntime } from './native-runtime';

/**
 * Send a typed message to the background and unwrap its reply. Only types are imported from
 * messages.ts, so the content script does not carry zod (TOOLCHAIN.md: ~25 KB gzipped); the
 * runtime is the browser's own, so it does not carry the polyfill either.
 */
export async function send<T>(message: Message): Promise<T> {
  const reply = (await nativeRuntime().sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error(`No answer from the background to ${message.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
