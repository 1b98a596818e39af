/**
 * The site's data of the build running now, as Astro's prerender bundle loaded it, for the page
 * cache's decisions outside that bundle (src/integrations/page-reuse.ts): the bundle holds its
 * own copy of every module, so the two meet on a global key, not on module state.
 */
const KEY = Symbol.for('confnotes.siteData');
const slot = globalThis as { [KEY]?: object };

export const shareSite = (site: object): void => {
  slot[KEY] = site;
};

export const sharedSite = (): object | undefined => slot[KEY];
