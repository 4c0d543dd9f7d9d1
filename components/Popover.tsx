import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** What a closed popover shows: its button (components/closed-badges.ts draws it without Preact). */
export interface PopoverButton {
  /** Distinguishes the panel's id on the page: the item number. */
  id: string;
  label: string;
  buttonClass: string;
  /** What a screen reader hears for the button. */
  buttonLabel: string;
}

export interface PopoverProps extends PopoverButton {
  /** What a screen reader hears for the panel. */
  panelLabel: string;
  children: ComponentChildren;
}

export const panelIdOf = (id: string) => `lens-panel-${id}`;

/** A badge that opens a panel in place: Escape closes it, and it says whether it is open. */
export function Popover(props: PopoverProps) {
  const [expanded, setExpanded] = useState(false);
  const panelId = panelIdOf(props.id);
  return (
    <span class="lens" onKeyDown={(e) => e.key === 'Escape' && setExpanded(false)}>
      <button
        class={props.buttonClass}
        aria-expanded={expanded}
        aria-controls={panelId}
        aria-label={props.buttonLabel}
        onClick={() => setExpanded(!expanded)}
      >
        {props.label}
      </button>
      {expanded && (
        <div class="panel" id={panelId} role="region" aria-label={props.panelLabel}>
          {props.children}
        </div>
      )}
    </span>
  );
}

/** "Owner: … Due: …" under an action, where the minutes said. */
export function ActionMeta({ owner, due }: { owner?: string; due?: string }) {
  if (!owner && !due) return null;
  return (
    <p class="meta">
      {owner && `Owner: ${owner}. `}
      {due && `Due: ${due}.`}
    </p>
  );
}
