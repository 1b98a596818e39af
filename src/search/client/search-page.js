/**
 * The search page (src/pages/search.astro): runs Pagefind in the browser through the site's
 * search client (search-client.js), the interface's language first, then every language and
 * the pages found by name merged in (search-languages.js), the query and filters kept in the
 * URL. Served minified beside the page's other scripts (src/pages/[script].js.ts); its imports
 * are relative, so they resolve under the site's base.
 */
import { NO_NAMES, ResultArranger, SiteSearch } from './search-client.js';
import { keepShownFirst, searchFirstLanguageFirst } from './search-languages.js';
import { joinElisions } from './elisions.js';

// A module script has no document.currentScript: it finds its own tag.
const own = document.querySelector('script[data-messages]').dataset;
const messages = JSON.parse(own.messages);
// The site's base path ("/" or "/notes/"): every file search needs is under it.
const base = own.base;
const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const list = document.getElementById('search-results');
const status = document.getElementById('search-status');
const more = document.getElementById('search-more');
const also = document.getElementById('search-also');
const alsoLinks = document.getElementById('search-also-links');
// Where each result goes: the named page first, talks, an "also" row (search-client.js).
let arranger;
const selects = [...form.querySelectorAll('select[data-filter]')];
const sortSelect = form.elements.namedItem('sort');
const PAGE = 10;
let shown = [];
let results = [];
// Results already shown under the same url (a named tool's page that Pagefind also found).
let repeated = 0;
let run = 0;

const root = document.documentElement;
// One module instance per language (Pagefind keeps its WebAssembly in module scope), made
// from a single download; searching in the page itself spares the worker's download. The index
// holds each url with the base path in it: Pagefind's default baseUrl (the path before pagefind/)
// would put the base in twice.
const pagefindSource = fetch(`${base}pagefind/pagefind.js`).then((response) => response.text());
const createInstance = async (lang) => {
  const pagefind = await import(URL.createObjectURL(new Blob([await pagefindSource], { type: 'text/javascript' })));
  const uiLang = root.getAttribute('lang');
  root.setAttribute('lang', lang);
  try { return pagefind.createInstance({ basePath: `${base}pagefind/`, baseUrl: '/', noWorker: true }); } finally { root.setAttribute('lang', uiLang); }
};
let search;
try {
  search = await SiteSearch.open(base, createInstance, fetch, root.getAttribute('lang'), { baseUrl: '/' });
} catch (error) {
  // No index to search (npm run dev before any build, a host that lost the files): the form
  // stays in view and says so, instead of an empty page.
  form.hidden = false;
  status.textContent = messages.failed;
  throw error;
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
// counted: false shows the values without numbers (a query's own counts not loaded yet).
const fillFilters = (counts, counted = true) => {
  // The URL is the state: options arrive after it is read, so each select takes it from there.
  const wanted = new URLSearchParams(location.search);
  for (const select of selects) {
    const values = counts[select.name] ?? {};
    const current = wanted.get(select.name) ?? '';
    const entries = Object.entries(values).sort((a, b) => (select.name === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
    select.replaceChildren(new Option(messages.all, ''), ...entries.map(([value, count]) => new Option(counted ? `${value} (${count})` : value, value)));
    if (current && !values[current]) select.add(new Option(`${current} (0)`, current));
    select.value = current;
  }
};
const readUrl = () => {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of [...selects, sortSelect]) select.value = params.get(select.name) ?? '';
};
const state = () => {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const select of [...selects, sortSelect]) if (select.value) params.set(select.name, select.value);
  return params;
};
const writeUrl = (push) => {
  const query = state().toString();
  const url = query ? `?${query}` : location.pathname;
  if (url !== location.search && !(url === location.pathname && !location.search)) history[push ? 'pushState' : 'replaceState'](null, '', url);
};
let renderRun = 0;
// Settles when the latest query's first results are shown (or it ended without any).
let firstResults = Promise.resolve();
// A query's counts per filter value need Pagefind's filter files (hundreds of kilobytes on a
// large site): they load once the reader reaches for a filter, not with every first search.
let countsWanted = false;
const countResults = async (id, query, sort) => {
  const counted = await search.search(query, { sort });
  if (id === run) fillFilters(counted.filters);
};
const renderMore = async (count = PAGE) => {
  const mine = renderRun;
  const next = results.slice(shown.length, shown.length + count);
  // Every result's data is asked for at once; each is shown as soon as it and those before it are in.
  const items = next.map((result) => {
    const data = result.data();
    // A failure surfaces where the data is awaited; those never awaited stay quiet.
    data.catch(() => undefined);
    return { result, data };
  });
  for (const item of items) {
    const { result } = item;
    const data = await item.data;
    if (mine !== renderRun) return;
    const place = arranger.place(result, data);
    if (place === 'repeat') repeated++;
    else if (place === 'also') showAlso(data);
    else if (place === 'first') list.prepend(resultItem(result, data));
    else list.append(resultItem(result, data));
  }
  shown = results.slice(0, shown.length + next.length);
  more.hidden = shown.length >= results.length;
};
// A result: its title and type, the edition and speakers of a talk, the words that matched.
const resultItem = (result, data) => {
  const li = document.createElement('li');
  const badge = [data.meta.type, data.meta.edition].filter(Boolean).map(escape).join(' · ');
  const speakers = data.meta.speakers ? `<p class="meta">${escape(data.meta.speakers)}</p>` : '';
  const { lang, dir } = messages.langs[result.lang] ?? { lang: result.lang };
  const attributes = `lang="${escape(lang)}"${dir ? ` dir="${dir}"` : ''}`;
  li.innerHTML = `<a class="title" href="${escape(data.url)}" ${attributes}>${escape(data.meta.title ?? data.url)}</a> <span class="badge">${badge}</span>${speakers}<p class="snippet" ${attributes}>${joinElisions(data.excerpt ?? '', lang)}</p>`;
  return li;
};
const showAlso = (data) => {
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = `${data.meta.title ?? data.url} (${data.meta.type})`;
  if (alsoLinks.childElementCount) alsoLinks.append(' · ');
  alsoLinks.append(link);
  also.hidden = false;
};
const clearResults = () => {
  list.replaceChildren();
  alsoLinks.replaceChildren();
  also.hidden = true;
};
const update = async () => {
  const id = ++run;
  // The URL is the state (every change writes it first); the selects may not have their options yet.
  const params = new URLSearchParams(location.search);
  const query = params.get('q');
  const filters = Object.fromEntries(selects.filter((s) => params.get(s.name)).map((s) => [s.name, [params.get(s.name)]]));
  if (!query && !Object.keys(filters).length) {
    clearResults();
    more.hidden = true;
    status.textContent = '';
    // The whole site's counts, from the few kilobytes written with the index: once the first
    // language is open and any query typed meanwhile shows its first results (not on their way).
    await search.ready;
    await firstResults;
    if (id !== run) return;
    const totals = await search.totals();
    if (id === run) fillFilters(totals);
    return;
  }
  status.textContent = messages.searching;
  const filtered = Object.keys(filters).length > 0;
  const sort = params.get('sort') === 'date' ? 'date' : 'relevance';
  // Results first (the interface's language's talks, then every language and the pages found
  // by name); the counts of a plain query (a second, cheaper pass) follow.
  let painted = false;
  let painting;
  firstResults = new Promise((resolve) => { painting = resolve; });
  // A fresh list of the results, the first `count` of them shown; the names file is only
  // read for the complete results (the first ones hold no page found by name).
  const showAfresh = async (response, complete, count = PAGE) => {
    results = response.results;
    renderRun++;
    shown = [];
    repeated = 0;
    arranger = new ResultArranger(query, complete ? await search.toolNames() : NO_NAMES);
    clearResults();
    await renderMore(count);
  };
  list.setAttribute('aria-busy', 'true');
  try {
    await searchFirstLanguageFirst(search, search.first, query || null, { filters, sort, counts: filtered }, async (response, complete) => {
      if (id !== run) return false;
      // A name that no talk mentions gets its plain answer, not unrelated results.
      if (response.noTalk) {
        clearResults();
        more.hidden = true;
        status.textContent = messages.noTalk.replace('{name}', response.noTalk);
        return false;
      }
      if (!painted) {
        painted = true;
        await showAfresh(response, complete);
        painting();
      } else if (!list.contains(document.activeElement)) {
        // Every language in: shown again best first, unless the reader is already among the results.
        await showAfresh(response, complete, Math.max(PAGE, shown.length));
      } else {
        arranger.names = await search.toolNames();
        results = keepShownFirst(shown, response.results);
        if (shown.length < PAGE) await renderMore(PAGE - shown.length);
        else more.hidden = shown.length >= results.length;
      }
      if (id !== run) return false;
      if (!complete) return;
      if (filtered) fillFilters(response.filters);
      showCount();
    });
  } finally {
    painting();
    if (id === run) list.setAttribute('aria-busy', 'false');
  }
  if (id !== run) return;
  if (!filtered && countsWanted) await countResults(id, query, sort);
  else if (!filtered) {
    const totals = await search.totals();
    if (id === run) fillFilters(totals, false);
  }
};
// A repeated page is only known once shown: the count is said again after each batch.
const showCount = () => {
  const count = results.length - repeated;
  status.textContent = count ? messages[count === 1 ? 'one' : 'many'].replace('{n}', count) : messages.noResults;
};
form.querySelector('.filters').addEventListener('focusin', () => {
  if (countsWanted) return;
  countsWanted = true;
  const params = new URLSearchParams(location.search);
  const filtered = selects.some((s) => params.get(s.name));
  // The counts are a help: if they cannot load, the selects keep their values.
  if (params.get('q') && !filtered) countResults(run, params.get('q'), params.get('sort') === 'date' ? 'date' : 'relevance').catch((error) => console.error(error));
});

// A keystroke searches at once, unless a search is running: then the words typed meanwhile
// are searched when it ends, once (on a large site a search holds the page ~100 ms).
let searching = false;
let typedMeanwhile = false;
const searchTyped = async () => {
  if (searching) return void (typedMeanwhile = true);
  searching = true;
  try {
    writeUrl(false);
    await update();
  } catch (error) {
    status.textContent = messages.failed;
    console.error(error);
  } finally {
    searching = false;
    if (typedMeanwhile) {
      typedMeanwhile = false;
      searchTyped();
    }
  }
};
input.addEventListener('input', () => { search.preload(input.value); searchTyped(); });
form.addEventListener('change', (event) => { if (event.target !== input) { writeUrl(true); update(); } });
form.addEventListener('submit', (event) => { event.preventDefault(); writeUrl(true); update(); list.querySelector('a')?.focus(); });
more.addEventListener('click', () => {
  const id = run;
  renderMore().then(() => id === run && showCount());
});
addEventListener('popstate', () => { readUrl(); update(); });
// Arrow keys move between the input and the results; Enter follows the focused link.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll('a.title')];
  const at = links.indexOf(document.activeElement);
  if (document.activeElement === input && event.key === 'ArrowDown' && links.length) { event.preventDefault(); links[0].focus(); }
  else if (at >= 0) { event.preventDefault(); (event.key === 'ArrowDown' ? links[at + 1] : links[at - 1] ?? input)?.focus(); }
});

form.hidden = false;
readUrl();
await update();
if (!new URLSearchParams(location.search).has('q')) input.focus();
