import type { ComponentChildren } from 'preact';

/** A checkbox with its words as its label: the settings in the popup and the options page. */
export function Checkbox(props: {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
}) {
  return (
    <label>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)}
      />{' '}
      {props.children}
    </label>
  );
}
