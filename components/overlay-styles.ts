/**
 * Styles for the overlay's shadow roots (entrypoints/overlay/shadow-ui.ts): the host resets every
 * inherited page style, then is inline beside the item. Colours meet WCAG AA in both schemes.
 */
export const OVERLAY_CSS = `
:host { all: initial; display: inline; }
.root { display: inline; }
.lens { font: 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1d2733; position: relative; display: inline-block; vertical-align: baseline; }
.badge, .papers { all: unset; cursor: pointer; display: inline-block; margin-left: 6px; padding: 1px 7px; border-radius: 9px; background: #e6f0ed; color: #0b4f45; border: 1px solid #9cc3b9; font-size: 12px; line-height: 16px; white-space: nowrap; }
.badge.quiet, .papers { background: transparent; color: #4d5966; border-color: #c3cbd3; }
.badge.open { background: #fff4e0; color: #6b3e00; border-color: #e0b36a; }
.badge:focus-visible, .papers:focus-visible, button:focus-visible, a:focus-visible, textarea:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.panel { position: absolute; z-index: 2147483646; top: calc(100% + 4px); left: 0; width: min(34em, 86vw); max-height: 60vh; overflow: auto; background: #fff; color: #1d2733; border: 1px solid #aab4bf; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; text-align: left; font-weight: normal; white-space: normal; }
.panel h3 { font-size: 13px; margin: 6px 0 4px; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { border-top: 1px solid #e3e7eb; padding: 6px 0; }
.meta { color: #4d5966; font-size: 11px; }
.why { color: #4d5966; font-size: 11px; font-style: italic; }
.quote { margin: 3px 0; }
.actions { display: flex; gap: 6px; margin-top: 4px; }
button.small { all: unset; cursor: pointer; border: 1px solid #8a96a3; border-radius: 4px; padding: 1px 8px; font-size: 11px; background: #f6f8fa; color: #1d2733; }
a { color: #0b57d0; }
.status { all: unset; display: inline-block; margin: 0 0 6px; padding: 2px 8px; border-radius: 9px; background: #00594f; color: #fff; font-size: 12px; }
.backfill { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; display: flex; gap: 8px; align-items: center; max-width: min(28em, 90vw); padding: 8px 12px; border-radius: 8px; background: #fff; color: #1d2733; border: 1px solid #aab4bf; box-shadow: 0 4px 16px rgba(0,0,0,.18); font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
@media (prefers-color-scheme: dark) {
  .backfill { background: #1f252b; color: #e8edf2; border-color: #4a5560; }
  .lens { color: #e8edf2; }
  .badge { background: #173a34; color: #bfe6dc; border-color: #3f7b6e; }
  .badge.quiet, .papers { background: transparent; color: #aeb8c2; border-color: #56616c; }
  .badge.open { background: #3d2a08; color: #ffd99a; border-color: #8a6424; }
  .panel { background: #1f252b; color: #e8edf2; border-color: #4a5560; }
  .panel li { border-color: #3a434c; }
  .meta, .why { color: #aeb8c2; }
  button.small { background: #2b333b; color: #e8edf2; border-color: #6b7885; }
  a { color: #8ab4f8; }
}
@media (prefers-reduced-motion: no-preference) { .panel { animation: lens-in 120ms ease-out; } }
@keyframes lens-in { from { opacity: 0; transform: translateY(-2px); } to { opacity: 1; transform: none; } }
`;
