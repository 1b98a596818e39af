/**
 * npm run bench -- --talks N[,N2,...] [--out FILE] [--seed S] [--query WORD] [--keep] [--profile DIR] [--same-pages]
 *
 * For each size: generates N talks into a temporary folder, checks them, builds Confnotes and
 * the bare Astro baseline from them, measures both and a first search in Chromium, then prints
 * a Markdown report on stdout (progress goes to stderr) and writes JSON to --out.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/helpers/browser.ts';
import { probeHeaviestPage, probePage, probePagefindApi, probeSearchPage, QUERY_PAGE_PATH, queryPage } from './browser-probe.ts';
import { buildBaseline, buildOurs, type BuildContext, type BuildResult } from './builds.ts';
import { addSentence, addTalk } from './edits.ts';
import { profileTable, summariseProfiles } from './cpu-profile.ts';
import { watchCpu } from './cpu-share.ts';
import { generateContent } from './generate-content.ts';
import { curveTable, goalsTable, HEAVIEST_PAGE_LIMIT, runTable, type RebuildResults, type RunResult, type SamePagesResult } from './report.ts';
import { runCommand, type TimedLine } from './run-command.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');

const HELP = `Usage: npm run bench -- --talks N[,N2,...] [options]

Generates N synthetic talks (seeded), builds Confnotes and a bare Astro 7 + Pagefind CLI
baseline from them, measures both, and runs a first search in Chromium.

  --talks N[,N2,...]  sizes to run, e.g. 1000 or 1000,5000,10000 (default 1000)
  --out FILE          write the results as JSON (for several sizes: {runs: [...]} plus the
                      keys of the largest size at the top level)
  --seed S            seed of the generated content (default 1)
  --query WORD        the first search to measure (default kubernetes)
  --baseline bare     the baseline to compare with; only "bare" exists (Astro Starlight,
                      "--baseline starlight", is not implemented yet)
  --same-pages        also build the bare baseline with as many talk pages as Confnotes wrote
                      (its talks, speakers, tools... pages): the cost of Astro and Pagefind
                      alone at Confnotes' size, and the ratio at equal page counts
  --keep              keep the temporary folders (content, sites, logs) and print where
  --profile DIR       build Confnotes under node --cpu-prof, write the profiles to DIR/<talks>/
                      and print where the CPU went (slows that build: its timings are inflated)
  --help              this text

Progress goes to stderr, the Markdown report to stdout. Content and the baseline go to a
temporary folder, Confnotes' dist to bench-out/ in the project; both are removed unless --keep
or the run fails. On two cores, 10,000 talks take about 4 minutes (Confnotes about 2).`;

interface Options {
  sizes: number[];
  out?: string;
  seed: number;
  query: string;
  keep: boolean;
  profile?: string;
  samePages: boolean;
}

function readOptions(): Options | undefined {
  const { values } = parseArgs({
    options: {
      talks: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      query: { type: 'string', default: 'kubernetes' },
      baseline: { type: 'string', default: 'bare' },
      keep: { type: 'boolean', default: false },
      'same-pages': { type: 'boolean', default: false },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return undefined;
  }
  if (values.baseline !== 'bare') throw new Error(`--baseline ${values.baseline} is not implemented: only "bare" is (see --help)`);
  const sizes = values.talks.split(',').map((n) => Number(n.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--talks takes positive integers separated by commas, got "${values.talks}"`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed takes an integer, got "${values.seed}"`);
  const profile = values.profile ? resolve(values.profile) : undefined;
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), out: values.out, seed, query: values.query, keep: values.keep, profile, samePages: values['same-pages'] };
}

const progress = (message: string) => process.stderr.write(`${message}\n`);

/** Astro's stage lines on stderr, with the time since the step began; not the one line per page. */
function showLine(label: string, line: TimedLine): void {
  const text = line.text.trim();
  if (!text || /[├└]─/.test(text)) return;
  progress(`  [${label} ${line.at.toFixed(1).padStart(6)} s] ${text}`);
}

async function checkContent(contentDir: string): Promise<RunResult['check']> {
  const result = await runCommand(process.execPath, [join(ROOT, 'src', 'cli', 'check.ts')], { cwd: ROOT, env: { CONFNOTES_CONTENT: contentDir } });
  const summary = [...result.lines].reverse().find((l) => /errors?, \d+ warnings?/.test(l.text))?.text ?? '';
  const counts = /\((\d+) errors?, (\d+) warnings?/.exec(summary);
  return { exit_code: result.exitCode, errors: counts ? Number(counts[1]) : null, warnings: counts ? Number(counts[2]) : null, summary };
}

/** The language of a built page (<html lang>): the Pagefind index a reader there searches. */
function pageLang(dist: string, path: string): string {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  return /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
}

async function measureBrowser(ours: BuildResult, baseline: BuildResult, query: string) {
  if (!ours.median_talk_page) throw new Error(`no talk page (talks/**/index.html) in ${ours.dist_dir}`);
  // Each site is searched from a page in its own language: the baseline has one index (en) of
  // every page, what bare Pagefind gives a site of that size.
  const oursSite = await serveStatic(ours.dist_dir, { [QUERY_PAGE_PATH]: queryPage(pageLang(ours.dist_dir, ours.median_talk_page)) });
  const baselineSite = await serveStatic(baseline.dist_dir, { [QUERY_PAGE_PATH]: queryPage('en') });
  try {
    // Same way on both sites (Pagefind API), and the way a reader searches Confnotes (its /search/ page).
    const api = await probePagefindApi(launchChromium, oursSite, query);
    const baselineSearch = await probePagefindApi(launchChromium, baselineSite, query);
    const hasSearchPage = existsSync(join(ours.dist_dir, 'search', 'index.html'));
    const search = hasSearchPage ? await probeSearchPage(launchChromium, oursSite, query) : api;
    const page = await probePage(launchChromium, oursSite, ours.median_talk_page);
    const heaviest = await probeHeaviestPage(launchChromium, oursSite, ours.dist_dir, ours.largest_pages);
    return { search, api, baselineSearch, page, heaviest };
  } finally {
    await oursSite.close();
    await baselineSite.close();
  }
}

async function benchSize(talks: number, options: Options): Promise<RunResult> {
  const work = mkdtempSync(join(tmpdir(), `confnotes-bench-${talks}-`));
  // Confnotes' dist goes inside the project (bench-out/ is git-ignored): see BuildContext.projectOut.
  const projectOut = join(ROOT, 'bench-out', basename(work));
  let finished = false;
  try {
    progress(`\n== ${talks} talks (seed ${options.seed}) in ${work}`);
    const cpu = watchCpu();
    const started = performance.now();
    const contentDir = join(work, 'content');
    const generated = generateContent({ talks, dir: contentDir, seed: options.seed });
    const generateSeconds = (performance.now() - started) / 1000;
    progress(`generated ${generated.recaps} recaps, ${generated.speakers} speakers in ${generateSeconds.toFixed(1)} s`);

    const check = await checkContent(contentDir);
    progress(`check: ${check.summary}`);
    if (check.exit_code !== 0) throw new Error(`the generated content does not pass npm run check: ${check.summary}`);

    const context = { root: ROOT, work, projectOut, onLine: showLine };
    const profileDir = options.profile ? join(options.profile, String(talks)) : undefined;
    progress(`building Confnotes${profileDir ? ` (profiled into ${profileDir})` : ''}...`);
    const ours = await buildOurs(context, contentDir, { profileDir });
    progress('building the bare baseline...');
    const baseline = await buildBaseline(context, generated.talks);
    progress(`measuring a first search for "${options.query}" and a talk page in Chromium...`);
    const browser = await measureBrowser(ours, baseline, options.query);
    const samePages = options.samePages ? await benchSamePages(context, ours, options) : undefined;
    const rebuilds = await benchRebuilds(context, contentDir, ours);
    const cpuShare = cpu.stop();
    if (cpuShare && cpuShare.others_share > 0.15) progress(`warning: other processes used ${(cpuShare.others_share * 100).toFixed(0)} % of the CPU during this run`);

    finished = true;
    return {
      talks: generated.talks.length,
      seed: options.seed,
      generated: {
        recaps: generated.recaps,
        speakers: generated.speakers,
        editions: generated.editions,
        shared_talks: generated.sharedTalks,
        words: generated.words,
        seconds: generateSeconds,
      },
      check,
      pages: ours.pages,
      total_seconds: ours.seconds.total,
      baseline_total_seconds: baseline.seconds.total,
      ratio: ours.seconds.total / baseline.seconds.total,
      peak_rss_mb: ours.peak_rss_mb,
      query_bytes: browser.search.rawBytesAtFirstResult ?? browser.search.rawBytes,
      query_total_bytes: browser.search.rawBytes,
      query_bytes_transferred: browser.search.transferredBytes,
      first_results_ms: browser.search.firstResultsMs,
      talk_page_bytes: browser.page,
      heaviest_page: browser.heaviest,
      ours,
      baseline,
      profile: profileDir ? summariseProfiles(profileDir, ROOT) : undefined,
      cpu_share: cpuShare,
      query: browser.search,
      query_api: browser.api,
      baseline_query: browser.baselineSearch,
      same_pages: samePages,
      ...rebuilds,
    };
  } finally {
    // A failed run keeps its folder: the logs say why.
    if (options.keep || !finished) progress(`kept ${work} and ${projectOut}`);
    else for (const dir of [work, projectOut]) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Confnotes built again after a writer's edits, with its cache: one sentence added to one talk,
 * then one talk added. Ratios are to the full build of the same run.
 */
async function benchRebuilds(context: BuildContext, contentDir: string, full: BuildResult): Promise<RebuildResults> {
  const sentence = addSentence(contentDir);
  progress(`rebuilding Confnotes after an edit (${sentence.what} in ${basename(sentence.file)})...`);
  const rebuild = await buildOurs(context, contentDir, { label: 'rebuild' });
  const talk = addTalk(contentDir);
  progress(`rebuilding Confnotes after an edit (${talk.what} to ${basename(talk.file)})...`);
  const added = await buildOurs(context, contentDir, { label: 'rebuild-added' });
  return {
    rebuild_seconds: rebuild.seconds.total,
    rebuild_ratio: rebuild.seconds.total / full.seconds.total,
    rebuild_added_seconds: added.seconds.total,
    rebuild_added_ratio: added.seconds.total / full.seconds.total,
    rebuild: { edit: sentence.what, build: rebuild },
    rebuild_added: { edit: talk.what, build: added },
  };
}

/** The bare baseline again, with one talk page for each page Confnotes wrote. */
async function benchSamePages(context: BuildContext, ours: BuildResult, options: Options): Promise<SamePagesResult> {
  const work = join(context.work, 'same-pages');
  mkdirSync(work, { recursive: true });
  progress(`building the bare baseline with ${ours.pages} talk pages (--same-pages)...`);
  const generated = generateContent({ talks: ours.pages, dir: join(work, 'content'), seed: options.seed });
  const baseline = await buildBaseline({ ...context, work }, generated.talks);
  const site = await serveStatic(baseline.dist_dir, { [QUERY_PAGE_PATH]: queryPage('en') });
  try {
    const search = await probePagefindApi(launchChromium, site, options.query);
    return { pages: baseline.pages, total_seconds: baseline.seconds.total, ratio: ours.seconds.total / baseline.seconds.total, peak_rss_mb: baseline.peak_rss_mb, query_bytes: search.rawBytes, first_results_ms: search.firstResultsMs, build: baseline, query: search };
  } finally {
    await site.close();
  }
}

function versionOf(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const options = readOptions();
  if (!options) return;
  // Fail before minutes of building if there is no browser to measure the search with.
  const browser = await launchChromium();
  const chromium = browser.version();
  await browser.close();

  const environment = { node: process.version, astro: versionOf('astro'), pagefind: versionOf('pagefind'), chromium, cpus: cpus().length, cpu: cpus()[0]?.model ?? '' };
  console.log(`## Confnotes benchmark (Node ${environment.node}, Astro ${environment.astro}, Pagefind ${environment.pagefind}, Chromium ${chromium}, ${environment.cpus} cores)\n`);

  // Each size is reported as soon as it is measured; a failure stops the larger sizes, not the report.
  const runs: RunResult[] = [];
  let failure: { talks: number; error: string } | undefined;
  for (const size of options.sizes) {
    try {
      const run = await benchSize(size, options);
      runs.push(run);
      console.log(runTable(run));
      if (run.profile) console.log(profileTable(run.profile, `CPU profile of the Confnotes build at ${run.talks} talks`));
    } catch (error) {
      failure = { talks: size, error: error instanceof Error ? error.message : String(error) };
      console.log(`### ${size.toLocaleString('en')} talks: failed\n\n\`\`\`\n${failure.error}\n\`\`\`\n`);
      break;
    }
  }
  if (runs.length) {
    console.log(goalsTable(runs[runs.length - 1]));
    if (runs.length > 1) console.log(curveTable(runs));
  }

  if (options.out && runs.length) {
    const largest = runs[runs.length - 1];
    const file = resolve(options.out);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ ...largest, environment, runs, ...(failure ? { failed: failure } : {}) }, null, 2)}\n`);
    progress(`wrote ${file}`);
  }
  // The page weight limit of issue 12 fails the bench, not npm test: it is stated at 10,000 talks.
  for (const run of runs.filter((r) => r.heaviest_page.total > HEAVIEST_PAGE_LIMIT)) {
    console.error(`${run.talks} talks: ${run.heaviest_page.path} weighs ${run.heaviest_page.total} bytes with what it loads, over ${HEAVIEST_PAGE_LIMIT}`);
    process.exitCode = 1;
  }
  if (failure) {
    console.error(failure.error);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
