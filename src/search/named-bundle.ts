/**
 * The pages a reader finds by name (speakers, tools, CNCF projects) are indexed apart from the
 * talks and editions, in a second Pagefind bundle under pagefind/named/, which the search page
 * merges in after the first results are shown. A common word's first results then read only
 * the talks' index: at 10,000 talks the speakers alone are ~9,700 pages, ~66 KB of Pagefind's
 * metadata and a larger posting list for every word, paid before any talk could be shown.
 */

/** The bundle's folder inside the main bundle's (pagefind/): served wherever pagefind/ is. */
export const NAMED_BUNDLE_FOLDER = 'named';

/** The attribute SearchMeta puts on a page found by name: the indexer files it in that bundle. */
export const NAMED_PAGE_ATTRIBUTE = 'data-search-named';
