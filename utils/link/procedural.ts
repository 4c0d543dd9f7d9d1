/**
 * Standing business that every meeting has whatever its subject: linking it by topic would tie
 * every "Apologies" to every other. Minutes are procedural too, but link by explicit reference
 * (see references.ts).
 */
const PROCEDURAL_TITLES: RegExp[] = [
  /\bapologies\b/,
  /\bwelcome\b/,
  /\bdeclarations?\b/,
  /\bdisclosures? of\b/,
  /\bpetitions?\b/,
  /\bquestions?\b/,
  /\bdeputations?\b/,
  /\bpublic (participation|speaking|forum)\b/,
  /\burgent\b/,
  /\bany other business\b/,
  /\bannouncements?\b/,
  /\bdates? of (the )?((next|future) )?meetings?\b/,
  /\bmembership\b/,
  /\bsubstitut/,
  /\bterms of reference\b/,
  /\b(election|appointment) of (the )?(vice[- ])?chair/,
  /\bexclusion of (the )?(press|public)\b/,
  /\bparty whip\b/,
  /\bminutes\b/,
  /\bmatters arising\b/,
  // The same housekeeping in North American meeting systems (Legistar, Granicus …).
  /\bcall to order\b/,
  /\broll ?call\b/,
  /\bpublic comments?\b/,
  /\badjourn/,
  /\bpledge of allegiance\b/,
  /\binvocation\b/,
  /\bconsent (agenda|calendar)\b/,
  // Standing business reviewed at every meeting: actions that name it ("add X to the work
  // programme") are about X, and would all be closed by the next meeting's work programme.
  /\bwork ?(programme|plan)\b/,
  /\bforward plan\b/,
];

export function isProcedural(title: string): boolean {
  const lower = title.toLowerCase();
  return PROCEDURAL_TITLES.some((pattern) => pattern.test(lower));
}

/** "Minutes of the previous meeting", "Minutes", "Confirmation of minutes", "To approve the minutes…". */
export function isMinutesItem(title: string): boolean {
  return /\bminutes\b/i.test(title);
}
