import 'fake-indexeddb/auto';
import { openNotesDb, type NotesDb } from '../../../utils/ext/notes-db/open';
import { createNotesService, type NotesService } from '../../../utils/ext/notes-db/service';
import { FakeSyncCloud, type FakeSyncArea } from './fake-sync-area';
import { T0 } from './entities';

/** Browsers of one user, sharing a fake sync cloud and a settable clock. */
export interface TestDevice {
  name: string;
  db: NotesDb;
  area: FakeSyncArea;
  notes: NotesService;
}

let databases = 0;

export function uniqueDbName(): string {
  return `agenda-lens-notes-test-${++databases}`;
}

export function testClock(start = T0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

export async function makeDevice(
  cloud: FakeSyncCloud,
  name: string,
  now: () => number,
  db?: NotesDb,
): Promise<TestDevice> {
  const database = db ?? (await openNotesDb(uniqueDbName()));
  const area = cloud.device(now);
  // A long debounce: the tests call syncNow() themselves, at the moments they choose.
  const notes = await createNotesService(database, area, now, { deviceLabel: name, debounceMs: 3_600_000 });
  return { name, db: database, area, notes };
}

/**
 * A laptop and a desktop of one user on one sync cloud and clock. Each is added to `running`, whose
 * devices the test file stops after each test.
 */
export async function twoDevices(running: TestDevice[]) {
  const clock = testClock();
  const cloud = new FakeSyncCloud();
  const laptop = await makeDevice(cloud, 'Laptop', clock.now);
  const desktop = await makeDevice(cloud, 'Desktop', clock.now);
  running.push(laptop, desktop);
  return { clock, cloud, laptop, desktop };
}
