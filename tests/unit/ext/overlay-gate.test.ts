import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  claimDetection,
  openOverlayGate,
  pageDetected,
  startWhenGateOpens,
} from '../../../utils/ext/overlay-gate';
import { detection } from '../../../utils/sites/types';

const GATE = Symbol.for('agenda-lens.overlay-gate');
const MEETING = detection('moderngov', 'agenda', 0.9, 'mgItemTable');

afterEach(() => {
  delete (globalThis as unknown as Record<symbol, unknown>)[GATE];
});

describe('the gate between the detector and the overlay', () => {
  it('starts a declared overlay when the detector opens the gate, with its answer', async () => {
    const start = vi.fn();
    startWhenGateOpens(start);
    expect(start).not.toHaveBeenCalled();
    expect(openOverlayGate(Promise.resolve(true), MEETING)).toBe(true);
    expect(start).toHaveBeenCalledTimes(1);
    await expect(start.mock.calls[0]![0]).resolves.toBe(true);
    // With what the page was detected as: the overlay need not detect it again.
    expect(start.mock.calls[0]![1]).toBe(MEETING);
  });

  it('tells the detector to import the overlay when none is loaded; the import then starts at once', async () => {
    expect(openOverlayGate(Promise.resolve(false), MEETING)).toBe(false);
    const start = vi.fn();
    startWhenGateOpens(start);
    expect(start).toHaveBeenCalledTimes(1);
    await expect(start.mock.calls[0]![0]).resolves.toBe(false);
  });

  it('never starts the overlay on a page the detector turned down', () => {
    const start = vi.fn();
    startWhenGateOpens(start);
    expect(start).not.toHaveBeenCalled();
  });

  it('never starts two overlays in one page, nor one twice', () => {
    const first = vi.fn();
    const second = vi.fn();
    startWhenGateOpens(first);
    startWhenGateOpens(second);
    openOverlayGate(Promise.resolve(true), MEETING);
    expect(openOverlayGate(Promise.resolve(true), MEETING)).toBe(false);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });
});

describe('which of our scripts detects the page', () => {
  it('is the first to claim it; the others then leave the page alone', () => {
    expect(pageDetected()).toBe(false);
    expect(claimDetection()).toBe(true);
    expect(pageDetected()).toBe(true);
    expect(claimDetection()).toBe(false);
  });
});
