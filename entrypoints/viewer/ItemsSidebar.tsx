import type { ComponentChildren } from 'preact';
import { ItemBadge } from '../../components/ItemBadge';
import type { ItemLinks } from '../../utils/model/links';

export interface SidebarItem {
  key: string;
  /** Which record of the pack (agenda, minutes of the last meeting …) the item belongs to. */
  recordIndex: number;
  group: string;
  number: string;
  title: string;
  /** 1-based page to jump to; absent when the pack never shows the item. */
  page?: number;
  links?: ItemLinks;
}

interface Props {
  items: SidebarItem[];
  /** Progress or problems, announced to screen readers as they change. */
  status: ComponentChildren;
  onSelect: (page: number) => void;
  onSetActionStatus: (actionId: string, status: 'done' | 'dropped') => void;
}

export function ItemsSidebar({ items, status, onSelect, onSetActionStatus }: Props) {
  const groups = [...new Set(items.map((item) => item.group))];
  return (
    <nav class="sidebar" aria-label="Items in this PDF">
      <h1>Agenda Lens</h1>
      <div class="status" role="status" aria-live="polite">
        {status}
      </div>
      {groups.map((group) => (
        <section key={group} aria-label={group}>
          <h2>{group}</h2>
          <ol class="items">
            {items
              .filter((item) => item.group === group)
              .map((item) => (
                <li
                  key={item.key}
                  // Test hooks, as the overlay's badges carry them.
                  data-lens-item={item.number}
                  data-prior-count={item.links?.priorDecisions.length ?? 0}
                  data-open-count={item.links?.openActions.length ?? 0}
                >
                  <ItemEntry item={item} onSelect={onSelect} onSetActionStatus={onSetActionStatus} />
                </li>
              ))}
          </ol>
        </section>
      ))}
    </nav>
  );
}

function ItemEntry({
  item,
  onSelect,
  onSetActionStatus,
}: { item: SidebarItem } & Pick<Props, 'onSelect' | 'onSetActionStatus'>) {
  const label = `${item.number}. ${item.title}`;
  const page = item.page;
  return (
    <>
      {page === undefined ? (
        <span class="item">{label}</span>
      ) : (
        <button
          type="button"
          class="item"
          onClick={() => onSelect(page)}
          aria-label={`${label}, page ${page}`}
        >
          {label} <span class="muted">p. {page}</span>
        </button>
      )}
      {item.links && (
        <ItemBadge
          itemNumber={item.number}
          itemTitle={item.title}
          prior={item.links.priorDecisions}
          open={item.links.openActions}
          onSetStatus={onSetActionStatus}
        />
      )}
    </>
  );
}
