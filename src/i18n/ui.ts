import { siteConfig } from '../config.ts';
import { dictionaries } from './dictionaries.ts';
import type { Messages } from './en.ts';

/** The interface's words, in the language the site is configured for (the tagline may be the team's own). */
export const t: Messages = { ...dictionaries.get(siteConfig.uiLang)!, ...(siteConfig.tagline ? { tagline: siteConfig.tagline } : {}) };

const dateFormats = new Map<string, string>();

/** "20 May 2019": remembered, since a site has few dates but shows them on thousands of pages. */
export function formatDate(date: string): string {
  let formatted = dateFormats.get(date);
  if (!formatted) {
    formatted = new Date(`${date}T00:00:00Z`).toLocaleDateString(t.locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(date, formatted);
  }
  return formatted;
}
