import { useState } from 'preact/hooks';
import type { SearchHit } from '../utils/model/views';
import { safeHref } from './format';

export interface SearchTabProps {
  hits: SearchHit[] | null;
  onSearch(query: string): void;
}

/** Search over the local index (decisions of every meeting read) and the user's notes. */
export function SearchTab({ hits, onSearch }: SearchTabProps) {
  const [query, setQuery] = useState('');
  return (
    <section aria-label="Search">
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) onSearch(query.trim());
        }}
      >
        <label>
          Search decisions and notes
          <input
            type="search"
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">Search</button>
      </form>
      {hits && hits.length === 0 && <p role="status">Nothing found for “{query}”.</p>}
      {hits && hits.length > 0 && (
        <ul aria-label="Search results" role="list">
          {hits.map((hit, i) => (
            <li key={i}>
              <strong>{hit.kind === 'note' ? 'Your note' : hit.title}</strong>{' '}
              <span class="muted">({hit.where})</span>
              <div>{hit.text}</div>
              {safeHref(hit.url) && (
                <a href={safeHref(hit.url)} target="_blank" rel="noreferrer">
                  source
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
