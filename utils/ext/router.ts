import type { Runtime } from 'webextension-polyfill';
import { MessageSchema, type Message, type MessageType, type Reply } from './messages';

export type Handler<K extends MessageType> = (
  message: Extract<Message, { type: K }>,
  sender: Runtime.MessageSender,
) => unknown;
export type Handlers = { [K in MessageType]: Handler<K> };

/** Messages a content script may send; everything else comes only from our own extension pages. */
const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set([
  'page-detected',
  'cached-links',
  'page-read',
  'page-layout',
  'link-agenda',
  'set-action-status',
  'save-highlight',
  'list-highlights',
  'highlights-anchored',
  'open-in-viewer',
]);

export interface RouterOptions {
  extensionId: string;
  extensionOrigin: string;
  log?: (message: string) => void;
}

/** Which of our contexts sent this: an extension page, a content script in a tab, or neither (refused). */
export function senderKind(sender: Runtime.MessageSender, options: RouterOptions): 'page' | 'content' | null {
  if (sender.id !== options.extensionId) return null;
  if (sender.tab && !(sender.url ?? '').startsWith(options.extensionOrigin)) return 'content';
  if ((sender.url ?? '').startsWith(options.extensionOrigin)) return 'page';
  return null;
}

/**
 * Validate, check the sender, then dispatch. Unknown or malformed messages are refused and
 * logged, never acted on (issue #9).
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  const log = options.log ?? ((text: string) => console.warn(text));
  return async (raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> => {
    const kind = senderKind(sender, options);
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) {
      log(
        `Agenda Lens refused a malformed message from ${sender.url ?? 'unknown'}: ${parsed.error.issues[0]?.message}`,
      );
      return { ok: false, error: 'malformed message' };
    }
    const message = parsed.data;
    if (!kind || (kind === 'content' && !CONTENT_SCRIPT_TYPES.has(message.type))) {
      log(`Agenda Lens refused "${message.type}" from ${sender.url ?? 'an unknown sender'}`);
      return { ok: false, error: 'sender not allowed' };
    }
    try {
      const handler = handlers[message.type] as Handler<MessageType>;
      return { ok: true, value: await handler(message as never, sender) };
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      log(`Agenda Lens: ${message.type} failed: ${text}`);
      return { ok: false, error: text };
    }
  };
}
