/** Linking agenda items to earlier decisions and open follow-ups (pure: data in, data out). */
export { createLinkIndex, addRecords, type LinkIndex } from './link-index';
export { linkAgenda, linkAgendaItems } from './link-agenda';
export { serialiseLinkIndex, loadLinkIndex, type StoredLinkIndex } from './serialise';
export type { UserStatus } from './actions';
export type { AgendaLinks, ItemLinks, LinkedAction, LinkedEntry } from '../model/links';
