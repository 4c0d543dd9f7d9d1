import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BackupSection } from '../../components/BackupSection';
import { OptionsView, type IndexStats } from '../../components/OptionsView';
import { PackReadingSection } from '../../components/PackReadingSection';
import { SitesSection } from '../../components/SitesSection';
import { SyncSection } from '../../components/SyncSection';
import { ViewerSection } from '../../components/ViewerSection';
import type { MeetingRow } from '../../utils/ext/index-db/schema';
import { originPattern } from '../../utils/ext/match-patterns';
import { openCouncilPdfsItem } from '../../utils/ext/pdf-auto-open';
import type { SyncState } from '../../utils/ext/notes-db/service';
import { optedInOrigins, removeSite } from '../../utils/ext/opt-in-sites';
import type { PackReadingView } from '../../utils/ext/pack-reading';
import { allowedSites, autoReadPacksItem, removeAllowedSite } from '../../utils/ext/pack-settings';
import { send } from '../../utils/ext/send';
import '../../components/page.css';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Options() {
  const [stats, setStats] = useState<IndexStats | null>(null);
  const [sync, setSync] = useState<SyncState | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [importMessage, setImportMessage] = useState<string | null>(null);
  const [backupMessage, setBackupMessage] = useState<string | null>(null);
  const [openPdfs, setOpenPdfs] = useState(false);
  const [councilSites, setCouncilSites] = useState<string[]>([]);
  const [autoRead, setAutoRead] = useState(true);
  const [packs, setPacks] = useState<PackReadingView>({ running: false, pending: 0, statuses: {} });
  const [fetchSites, setFetchSites] = useState<string[]>([]);
  const refresh = () => {
    void openCouncilPdfsItem.getValue().then(setOpenPdfs);
    void send<MeetingRow[]>({ type: 'list-meetings' }).then((meetings) =>
      setCouncilSites(siteOrigins(meetings)),
    );
    void send<IndexStats>({ type: 'index-stats' }).then(setStats);
    void send<SyncState>({ type: 'sync-state' }).then(setSync);
    void optedInOrigins().then(setSites);
    void autoReadPacksItem.getValue().then(setAutoRead);
    void send<PackReadingView>({ type: 'pack-reading', urls: [] }).then(setPacks);
    void allowedSites().then(setFetchSites);
  };
  useEffect(refresh, []);
  const readFile = (file: File, type: 'import-pack' | 'import-backup', show: (m: string) => void) =>
    void file
      .text()
      .then((json) => send<string>({ type, json }))
      .then(show, (error: Error) => show(`Not imported, nothing was changed: ${error.message}`))
      .then(refresh);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <OptionsView
      stats={stats}
      importMessage={importMessage}
      onImportPack={(f) => readFile(f, 'import-pack', setImportMessage)}
    >
      <SyncSection state={sync} onSyncNow={() => void send({ type: 'sync-now' }).then(refresh)} />
      <BackupSection
        message={backupMessage}
        onExport={(format) =>
          void send<string>({ type: 'export-notes', format }).then((text) =>
            format === 'json'
              ? download(`agenda-lens-backup-${today}.json`, text, 'application/json')
              : download(`agenda-lens-notes-${today}.md`, text, 'text/markdown'),
          )
        }
        onImport={(file) => readFile(file, 'import-backup', setBackupMessage)}
      />
      <ViewerSection
        enabled={openPdfs}
        councilSites={councilSites}
        onChange={(enabled) => {
          setOpenPdfs(enabled);
          // Asked first, while the click still counts as the user's gesture; declining leaves the sites already allowed.
          const asked =
            enabled && councilSites.length > 0
              ? browser.permissions.request({ origins: councilSites.map(originPattern) })
              : Promise.resolve(false);
          void asked.finally(() => openCouncilPdfsItem.setValue(enabled)).then(refresh);
        }}
      />
      <PackReadingSection
        autoRead={autoRead}
        onAutoRead={(enabled) => void autoReadPacksItem.setValue(enabled).then(refresh)}
        pending={packs.pending}
        running={packs.running}
        onStop={() => void send({ type: 'stop-pack-reading' }).then(refresh)}
        sites={fetchSites}
        onRemoveSite={(origin) => void removeAllowedSite(origin).then(refresh)}
      />
      <SitesSection sites={sites} onRemove={(origin) => void removeSite(origin).then(refresh)} />
    </OptionsView>
  );
}

/** The web sites the indexed meetings were read from. */
function siteOrigins(meetings: MeetingRow[]): string[] {
  const urls = meetings.flatMap((m) => (m.url && /^https?:/.test(m.url) ? [new URL(m.url).origin] : []));
  return [...new Set(urls)].sort();
}

render(<Options />, document.getElementById('app')!);
