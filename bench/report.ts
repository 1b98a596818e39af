/**
 * The bench's report: the result of one run as JSON-ready data, a Markdown table per size
 * (Confnotes beside the bare baseline), the goals of issues 5 and 14, and the cost curve over sizes.
 */
import type { BuildResult } from './builds.ts';
import type { PageWeight, SearchProbe } from './browser-probe.ts';
import type { ProfileSummary } from './cpu-profile.ts';
import type { CpuShare } from './cpu-share.ts';

export interface RunResult extends RebuildResults {
  talks: number;
  seed: number;
  generated: { recaps: number; speakers: number; editions: number; shared_talks: number; words: number; seconds: number };
  check: { exit_code: number; errors: number | null; warnings: number | null; summary: string };
  pages: number;
  total_seconds: number;
  baseline_total_seconds: number;
  /** total_seconds / baseline_total_seconds. */
  ratio: number;
  peak_rss_mb: number;
  /**
   * Bytes (as stored, not gzipped) the browser asked for from navigating to the site's /search/
   * page until the first search's first results were shown, the page and its CSS included
   * (through the Pagefind API, everything it fetched, when there is no search page: query.mode says which).
   */
  query_bytes: number;
  /** Everything the first search fetched (as stored), every language and the pages found by name merged in. */
  query_total_bytes: number;
  /** query_total_bytes as transferred (gzipped where the server compressed). */
  query_bytes_transferred: number;
  /** From typing the query to its first results shown. */
  first_results_ms: number;
  talk_page_bytes: PageWeight;
  /** The heaviest page: its HTML plus what it fetches on load (the largest pages, the home and search pages weighed). */
  heaviest_page: PageWeight;
  ours: BuildResult;
  baseline: BuildResult;
  /** With --profile: where the CPU of the Confnotes build went. */
  profile?: ProfileSummary;
  /** CPU other processes took during the run (null without /proc): above 15 % (about 7 % is the idle noise of these machines), timings are inflated. */
  cpu_share: CpuShare | null;
  query: SearchProbe;
  /** The first search through the Pagefind API, as on the baseline: the like-for-like comparison. */
  query_api: SearchProbe;
  baseline_query: SearchProbe;
  /** With --same-pages: the bare baseline with as many talk pages as Confnotes wrote. */
  same_pages?: SamePagesResult;
}

/** Confnotes rebuilt with its cache after an edit; ratios to the full build of the run. */
export interface RebuildResults {
  rebuild_seconds: number;
  /** rebuild_seconds / total_seconds: the goal is at most 0.5. */
  rebuild_ratio: number;
  rebuild_added_seconds: number;
  rebuild_added_ratio: number;
  rebuild: { edit: string; build: BuildResult };
  rebuild_added: { edit: string; build: BuildResult };
}

export interface SamePagesResult {
  pages: number;
  total_seconds: number;
  /** Confnotes' total_seconds / this baseline's. */
  ratio: number;
  peak_rss_mb: number;
  /** First search through the Pagefind API. */
  query_bytes: number;
  first_results_ms: number;
  build: BuildResult;
  query: SearchProbe;
}

/** Goals of issue 5, at 10,000 talks; the first search's of issue 14 (bare Pagefind's bytes at 10,000 pages). */
const GOALS = { ratio: 2.0, samePagesRatio: 1.1, rebuildRatio: 0.5, peakRssMb: 1536, firstResultsMs: 300, queryBytes: 260 * 1024, talkPageHtmlCssBytes: 30 * 1024 };
/** Issue 12: no page heavier than this, HTML plus what it fetches on load. */
export const HEAVIEST_PAGE_LIMIT = 400 * 1024;

const s = (value: number | null) => (value === null ? 'n/a' : value.toFixed(1));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ratioOf = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? '' : (a / b).toFixed(2));

export function runTable(run: RunResult): string {
  const { ours, baseline, query, query_api: api, baseline_query: bq, talk_page_bytes: page } = run;
  const row = (label: string, a: string, b: string, ratio = '') => `| ${label} | ${a} | ${b} | ${ratio} |`;
  const stage = (label: string, key: keyof BuildResult['seconds']) => row(label, s(ours.seconds[key]), s(baseline.seconds[key]), ratioOf(ours.seconds[key], baseline.seconds[key]));
  return [
    `### ${run.talks.toLocaleString('en')} talks (seed ${run.seed}: ${run.generated.recaps} recaps, ${run.generated.speakers} speakers, ${run.generated.shared_talks} talks in two recaps)`,
    '',
    ...(run.cpu_share && run.cpu_share.others_share > 0.15
      ? [`**Warning: other processes used ${(run.cpu_share.others_share * 100).toFixed(0)} % of the machine's CPU during this run: the timings below are inflated.**`, '']
      : []),
    '| | Confnotes | bare Astro + Pagefind CLI | ratio |',
    '|---|---:|---:|---:|',
    row('pages written', String(ours.pages), String(baseline.pages), ratioOf(ours.pages, baseline.pages)),
    row('pages indexed', String(ours.indexed_pages ?? 'n/a'), String(baseline.indexed_pages ?? 'n/a')),
    stage('start-up (Node, config, Vite), s', 'startup'),
    stage('content loading and parsing, s', 'content'),
    stage('bundling (Vite), s', 'bundle'),
    // Confnotes' link check reads each page as it is rendered; its index is made after Astro exits.
    stage('page rendering (Confnotes: and link check), s', 'render'),
    stage('search index after Astro exits (Pagefind), s', 'index'),
    stage('other (types, hooks, writing, exit), s', 'other'),
    row('**total, s**', `**${s(ours.seconds.total)}**`, `**${s(baseline.seconds.total)}**`, `**${run.ratio.toFixed(2)}**`),
    row('pages per second', ours.pages_per_second.toFixed(0), baseline.pages_per_second.toFixed(0), ratioOf(ours.pages_per_second, baseline.pages_per_second)),
    row('peak RSS (process tree), MB', ours.peak_rss_mb.toFixed(0), baseline.peak_rss_mb.toFixed(0), ratioOf(ours.peak_rss_mb, baseline.peak_rss_mb)),
    row('dist size / files', `${mb(ours.dist.bytes)} / ${ours.dist.files}`, `${mb(baseline.dist.bytes)} / ${baseline.dist.files}`, ratioOf(ours.dist.bytes, baseline.dist.bytes)),
    row('content data store (data-store.json)', ours.data_store_bytes === null ? 'n/a' : mb(ours.data_store_bytes), baseline.data_store_bytes === null ? 'n/a' : mb(baseline.data_store_bytes), ratioOf(ours.data_store_bytes, baseline.data_store_bytes)),
    row('Pagefind bundle / files', `${mb(ours.pagefind.bytes)} / ${ours.pagefind.files}`, `${mb(baseline.pagefind.bytes)} / ${baseline.pagefind.files}`, ratioOf(ours.pagefind.bytes, baseline.pagefind.bytes)),
    row(`first search "${api.query}", Pagefind API: fetched (raw / gzip)`, `${kb(api.rawBytes)} / ${kb(api.transferredBytes)}`, `${kb(bq.rawBytes)} / ${kb(bq.transferredBytes)}`, ratioOf(api.rawBytes, bq.rawBytes)),
    row('first search, Pagefind API: ms to first result data', api.firstResultsMs.toFixed(0), bq.firstResultsMs.toFixed(0), ratioOf(api.firstResultsMs, bq.firstResultsMs)),
    row('first search, Pagefind API: requests, results', `${api.requests.length}, ${api.results}`, `${bq.requests.length}, ${bq.results}`),
    ...(query.mode === 'search-page'
      ? [
          row('first search on /search/: fetched with the page (raw / gzip)', `${kb(query.rawBytes)} / ${kb(query.transferredBytes)}`, ''),
          row('first search on /search/: ms from typing to first result shown', `${query.firstResultsMs.toFixed(0)} (box ready after ${query.readyMs} ms)`, ''),
          ...(query.rawBytesAtFirstResult !== undefined ? [row('first search on /search/: asked for before the first result was shown (raw)', kb(query.rawBytesAtFirstResult), '')] : []),
          ...(query.completeMs !== undefined ? [row('first search on /search/: ms from typing to every language merged in', query.completeMs.toFixed(0), '')] : []),
        ]
      : query.note
        ? [row('first search on /search/', `not measured: ${query.note}`, '')]
        : []),
    row('talk page: HTML / CSS / JS', `${kb(page.html)} / ${kb(page.css)} / ${kb(page.js)}`, ''),
    row(`heaviest page (${run.heaviest_page.path}): HTML + load`, `${kb(run.heaviest_page.total)} (HTML ${kb(run.heaviest_page.html)}, JS ${kb(run.heaviest_page.js)}, other ${kb(run.heaviest_page.other)})`, ''),
    row('content check (npm run check)', run.check.summary, ''),
    '',
    ...rebuildRows(run),
  ].join('\n');
}

/** The rebuilds after an edit, stage by stage beside the full build. */
function rebuildRows(run: RunResult): string[] {
  const full = run.ours;
  const builds = [run.rebuild, run.rebuild_added];
  const stage = (label: string, key: keyof BuildResult['seconds']) => `| ${label} | ${s(full.seconds[key])} | ${builds.map((b) => s(b.build.seconds[key])).join(' | ')} |`;
  const reused = (b: BuildResult) => (b.reused_pages == null ? 'n/a' : `${b.reused_pages} / ${b.rendered_pages}`);
  return [
    `Rebuilds with the cache (${builds.map((b) => b.edit).join('; then ')}):`,
    '',
    '| | full build | rebuild: one sentence | rebuild: one talk added |',
    '|---|---:|---:|---:|',
    stage('start-up, s', 'startup'),
    stage('content loading and parsing, s', 'content'),
    stage('bundling (Vite), s', 'bundle'),
    stage('page rendering (and link check), s', 'render'),
    stage('search index after Astro exits, s', 'index'),
    stage('other, s', 'other'),
    `| **total, s** | **${s(full.seconds.total)}** | **${s(run.rebuild_seconds)}** | **${s(run.rebuild_added_seconds)}** |`,
    `| ratio to the full build | 1.00 | ${run.rebuild_ratio.toFixed(2)} | ${run.rebuild_added_ratio.toFixed(2)} |`,
    `| pages reused / rendered | ${reused(full)} | ${builds.map((b) => reused(b.build)).join(' | ')} |`,
    `| peak RSS, MB | ${full.peak_rss_mb.toFixed(0)} | ${builds.map((b) => b.build.peak_rss_mb.toFixed(0)).join(' | ')} |`,
    '',
  ];
}

/** The goals of issues 5 and 14 (stated for 10,000 talks), checked against this run. */
export function goalsTable(run: RunResult): string {
  const page = run.talk_page_bytes;
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
  return [
    `Goals of issues 5 and 14 (stated for 10,000 talks; this run: ${run.talks.toLocaleString('en')}):`,
    '',
    '| goal | measured | |',
    '|---|---:|---|',
    `| issue 14: full build at most ${GOALS.ratio}x the bare baseline of as many talk pages (ratio) | ${run.ratio.toFixed(2)}x | ${mark(run.ratio <= GOALS.ratio)} |`,
    ...(run.same_pages
      ? [`| issue 14: full build at most ${GOALS.samePagesRatio}x the bare baseline of as many pages (same_pages.ratio) | ${run.same_pages.ratio.toFixed(2)}x | ${mark(run.same_pages.ratio <= GOALS.samePagesRatio)} |`]
      : []),
    `| issue 14: rebuild after one sentence at most ${GOALS.rebuildRatio}x the full build (rebuild_ratio) | ${run.rebuild_ratio.toFixed(2)}x (${s(run.rebuild_seconds)} s) | ${mark(run.rebuild_ratio <= GOALS.rebuildRatio)} |`,
    `| issue 14: rebuild after one talk added (rebuild_added_ratio) | ${run.rebuild_added_ratio.toFixed(2)}x (${s(run.rebuild_added_seconds)} s) | reported |`,
    `| issue 14: peak memory of the build's process tree at most 1.5 GB (peak_rss_mb) | ${run.peak_rss_mb.toFixed(0)} MB | ${mark(run.peak_rss_mb <= GOALS.peakRssMb)} |`,
    `| issue 14: first search "${run.query.query}" fetches at most ${kb(GOALS.queryBytes)} until its first results (query_bytes, ${run.query.mode}) | ${kb(run.query_bytes)} (bare Pagefind API: ${kb(run.baseline_query.rawBytes)}) | ${mark(run.query_bytes <= GOALS.queryBytes)} |`,
    `| issue 14: first results within ${GOALS.firstResultsMs} ms of typing (first_results_ms) | ${run.first_results_ms.toFixed(0)} ms (bare Pagefind API in this run: ${run.baseline_query.firstResultsMs.toFixed(0)} ms; Confnotes' index through it: ${run.query_api.firstResultsMs.toFixed(0)} ms) | ${mark(run.first_results_ms <= GOALS.firstResultsMs)} |`,
    `| issue 14: everything the first search fetched, every language merged in (query_total_bytes) | ${kb(run.query_total_bytes)} | reported |`,
    `| talk page at most 30 KB of HTML and CSS | ${kb(page.html + page.css)} | ${mark(page.html + page.css <= GOALS.talkPageHtmlCssBytes)} |`,
    `| no page over ${kb(HEAVIEST_PAGE_LIMIT)}, HTML plus load (issue 12) | ${run.heaviest_page.path}: ${kb(run.heaviest_page.total)} | ${mark(run.heaviest_page.total <= HEAVIEST_PAGE_LIMIT)} |`,
    `| no JavaScript on a talk page beyond the search entry | ${page.scripts.length ? page.scripts.join(', ') : 'none'} | ${page.scripts.length <= 1 ? 'met if that is the search entry' : '**missed**'} |`,
    '',
    ...(run.same_pages ? samePagesTable(run, run.same_pages) : []),
  ].join('\n');
}

/** Confnotes against bare Astro + Pagefind given as many pages (--same-pages). */
function samePagesTable(run: RunResult, same: SamePagesResult): string[] {
  return [
    `At the same page count (--same-pages: the bare baseline with ${same.pages.toLocaleString('en')} talk pages, Confnotes' ${run.pages.toLocaleString('en')} pages):`,
    '',
    '| | Confnotes | bare Astro + Pagefind CLI, same pages | ratio |',
    '|---|---:|---:|---:|',
    `| total, s | ${s(run.total_seconds)} | ${s(same.total_seconds)} | ${same.ratio.toFixed(2)} |`,
    `| peak RSS (process tree), MB | ${run.peak_rss_mb.toFixed(0)} | ${same.peak_rss_mb.toFixed(0)} | ${ratioOf(run.peak_rss_mb, same.peak_rss_mb)} |`,
    `| first search, Pagefind API: fetched | ${kb(run.query_api.rawBytes)} | ${kb(same.query_bytes)} | ${ratioOf(run.query_api.rawBytes, same.query_bytes)} |`,
    `| first search on /search/ until first results (Confnotes) or Pagefind API (bare): fetched | ${kb(run.query_bytes)} | ${kb(same.query_bytes)} | ${ratioOf(run.query_bytes, same.query_bytes)} |`,
    `| first search: ms to first result | ${run.first_results_ms.toFixed(0)} | ${same.first_results_ms.toFixed(0)} | ${ratioOf(run.first_results_ms, same.first_results_ms)} |`,
    '',
  ];
}

/**
 * Issue 14's scale goal, largest size against 10,000 talks (or the smallest size run): its cost
 * per 1,000 talks no higher, and its peak memory growing no faster than the talks.
 */
function scaleGoals(runs: RunResult[]): string[] {
  const largest = runs[runs.length - 1];
  const reference = runs.find((r) => r.talks === 10_000) ?? runs[0];
  if (largest === reference) return [];
  const perTalk = (r: RunResult) => r.total_seconds / r.talks;
  const costOk = perTalk(largest) <= perTalk(reference);
  const rssGrowth = largest.peak_rss_mb / reference.peak_rss_mb;
  const talkGrowth = largest.talks / reference.talks;
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
  return [
    `| issue 14: scale, ${largest.talks.toLocaleString('en')} against ${reference.talks.toLocaleString('en')} talks | measured | |`,
    '|---|---:|---|',
    `| cost per 1,000 talks no higher | ${(perTalk(largest) * 1000).toFixed(2)} s against ${(perTalk(reference) * 1000).toFixed(2)} s | ${mark(costOk)} |`,
    `| peak RSS grows no faster than the talks | x${rssGrowth.toFixed(2)} for x${talkGrowth.toFixed(2)} the talks | ${mark(rssGrowth <= talkGrowth)} |`,
    '',
  ];
}

/** Seconds per 1,000 talks at each size: flat when the cost grows linearly. */
export function curveTable(runs: RunResult[]): string {
  const per1000 = (seconds: number | null, talks: number) => (seconds === null ? 'n/a' : ((seconds * 1000) / talks).toFixed(2));
  return [
    'Cost per 1,000 talks (flat = linear growth):',
    '',
    '| talks | pages | total s | baseline s | ratio | s per 1000 talks | baseline s per 1000 | content s per 1000 | render s per 1000 | index s per 1000 | peak RSS MB | CPU used by others |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map((r) => {
      const cells = [
        r.talks,
        r.pages,
        s(r.total_seconds),
        s(r.baseline_total_seconds),
        r.ratio.toFixed(2),
        per1000(r.total_seconds, r.talks),
        per1000(r.baseline_total_seconds, r.talks),
        per1000(r.ours.seconds.content, r.talks),
        per1000(r.ours.seconds.render, r.talks),
        per1000(r.ours.seconds.index, r.talks),
        r.peak_rss_mb.toFixed(0),
        r.cpu_share ? `${(r.cpu_share.others_share * 100).toFixed(0)} %` : 'n/a',
      ];
      return `| ${cells.join(' | ')} |`;
    }),
    '',
    ...scaleGoals(runs),
  ].join('\n');
}
