/**
 * Characters of context kept either side of a quote: enough to tell repeated quotes apart, small
 * enough for sync storage. Kept apart from selectors.ts so that describe() and anchor(), which
 * run in the content script, do not pull zod in with it.
 */
export const CONTEXT_LENGTH = 32;
