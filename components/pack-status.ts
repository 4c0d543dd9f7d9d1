import type { PackStatus } from '../utils/backfill/pack-queue';
import type { PackLink } from '../utils/sites/pack-links';

/** One line per PDF paper: what reading it gave, in words ("Agenda reports pack: 2 records, 14 items read"). */
export function packStatusLines(packs: readonly PackLink[], statuses: Record<string, PackStatus>): string[] {
  return packs.flatMap((pack) => {
    const status = statuses[pack.url];
    return status ? [`${pack.title}: ${statusText(status)}`] : [];
  });
}

function statusText(status: PackStatus): string {
  switch (status.status) {
    case 'queued':
      return 'waiting to be read';
    case 'already-indexed':
      return 'already in your index';
    case 'read':
      return status.records === 0
        ? `read ${plural(status.pages, 'page')}; no agenda items or minutes found`
        : `${plural(status.records, 'record')}, ${plural(status.items, 'item')} read from ${plural(status.pages, 'page')}`;
    case 'failed':
      return status.message;
  }
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
