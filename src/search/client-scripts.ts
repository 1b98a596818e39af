import { transform } from 'esbuild';
import elisions from './client/elisions.js?raw';
import searchClient from './client/search-client.js?raw';
import searchLanguages from './client/search-languages.js?raw';
import searchPage from './client/search-page.js?raw';

/**
 * The search page's scripts (src/search/client/), by the name they are served under at the
 * site's root. Their sources keep their comments; the reader gets them minified: every byte of
 * them is fetched before a first search can show anything (22 KB of the 44 KB as written).
 */
const SOURCES: Record<string, string> = {
  'search-page': searchPage,
  'search-client': searchClient,
  'search-languages': searchLanguages,
  elisions,
};

export const clientScripts = Object.keys(SOURCES);

/** One script, minified (ES modules: their relative imports resolve under the site's base). */
export async function minifiedClientScript(name: string): Promise<string> {
  const source = SOURCES[name];
  if (source === undefined) throw new Error(`no client script ${name} in src/search/client/`);
  const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' });
  return code;
}
