import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsView, type IndexStats } from '../../components/OptionsView';
import { SitesSection } from '../../components/SitesSection';
import { optedInOrigins, removeSite } from '../../utils/ext/opt-in-sites';
import { send } from '../../utils/ext/send';
import '../../components/page.css';

function Options() {
  const [stats, setStats] = useState<IndexStats | null>(null);
  const [importMessage, setImportMessage] = useState<string | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const refresh = () => {
    void send<IndexStats>({ type: 'index-stats' }).then(setStats);
    void optedInOrigins().then(setSites);
  };
  useEffect(refresh, []);
  return (
    <OptionsView
      stats={stats}
      importMessage={importMessage}
      onImportPack={(file) => {
        void file
          .text()
          .then((json) => send<string>({ type: 'import-pack', json }))
          .then(setImportMessage, (error: Error) => setImportMessage(`Not imported: ${error.message}`))
          .then(refresh);
      }}
    >
      <SitesSection sites={sites} onRemove={(origin) => void removeSite(origin).then(refresh)} />
    </OptionsView>
  );
}

render(<Options />, document.getElementById('app')!);
