import { decodeHTML } from 'entities';

/** Every filter value of the index with the number of pages that carry it. */
export type FilterCounts = Record<string, Record<string, number>>;

const FILTER_ATTRIBUTE = /\sdata-pagefind-filter="([^"]*)"/g;

/**
 * The filter values a page declares (`data-pagefind-filter="tool:Argo CD"`), each once, as
 * Pagefind counts them.
 */
export function pageFilters(html: string): [filter: string, value: string][] {
  const pairs = new Set<string>();
  // Copied: a matched value is a slice that would keep the whole page alive.
  for (const [, attribute] of html.matchAll(FILTER_ATTRIBUTE)) pairs.add(structuredClone(decodeHTML(attribute)));
  return [...pairs].map((pair) => {
    const colon = pair.indexOf(':');
    return [pair.slice(0, colon), pair.slice(colon + 1)];
  });
}

/**
 * Counts the filter values of the indexed pages while they are indexed. Written beside the
 * index as /search-filters.json: the search page shows these counts before any query from a
 * few kilobytes, where Pagefind's own filter files weigh hundreds of kilobytes on a large site.
 */
export function filterCounter() {
  const counts: FilterCounts = {};
  return {
    /** Counts the values of one page (from pageFilters). */
    add(pairs: [filter: string, value: string][]) {
      for (const [filter, value] of pairs) {
        const values = (counts[filter] ??= {});
        values[value] = (values[value] ?? 0) + 1;
      }
    },
    counts: () => counts,
  };
}
