import type { Maturity, MaturityEvent } from '../schemas/cncf-project.ts';

interface LandscapeDates {
  accepted: string | null;
  incubating: string | null;
  graduated: string | null;
  archived: string | null;
}

/** The moves the landscape records, oldest first (a project accepted straight into incubation skips sandbox). */
export function historyFromLandscape(dates: LandscapeDates): MaturityEvent[] {
  const events: MaturityEvent[] = [];
  if (dates.accepted && dates.accepted !== dates.incubating) events.push({ date: dates.accepted, maturity: 'sandbox' });
  if (dates.incubating) events.push({ date: dates.incubating, maturity: 'incubating' });
  if (dates.graduated) events.push({ date: dates.graduated, maturity: 'graduated' });
  if (dates.archived) events.push({ date: dates.archived, maturity: 'archived' });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** The project's maturity on a day (YYYY-MM-DD), or undefined when it was not in the CNCF yet. */
export function maturityAt(history: readonly MaturityEvent[], date: string): Maturity | undefined {
  let maturity: Maturity | undefined;
  for (const event of history) {
    if (event.date <= date) maturity = event.maturity;
    else break;
  }
  return maturity;
}
