/** The index database (IndexedDB 'agenda-lens-index'): records read from council pages. */
export { openIndexDb, type IndexDb } from './open';
export { indexRecords, saveLinkIndex, clear, type SourceInfo, type IndexOutcome } from './write';
export { importPack, type ImportOutcome } from './import-pack';
export { loadOrRebuildLinkIndex, persistLinkIndex } from './link-store';
export {
  getMeeting,
  listMeetings,
  readAllRecords,
  counts,
  search,
  readLinkIndex,
  type IndexCounts,
  type SearchHit,
} from './read';
