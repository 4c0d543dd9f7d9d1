/** Decimal units, as Vite and the budgets in the issues count them. */
export const KB = 1000;
export const MB = 1_000_000;
