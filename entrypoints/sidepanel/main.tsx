import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../utils/ext/send';
import '../../components/page.css';

function SidePanel() {
  const [meetings, setMeetings] = useState<{ committee: string; date: string }[]>([]);
  useEffect(
    () => void send<{ committee: string; date: string }[]>({ type: 'list-meetings' }).then(setMeetings),
    [],
  );
  return (
    <main>
      <h1>Agenda Lens</h1>
      <ul>
        {meetings.map((m) => (
          <li key={`${m.committee}${m.date}`}>
            {m.committee}, {m.date}
          </li>
        ))}
      </ul>
    </main>
  );
}

render(<SidePanel />, document.getElementById('app')!);
