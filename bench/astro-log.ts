/**
 * Splits an `astro build` run into stages from the moments its log lines arrived. Astro prints
 * a line as each stage starts or ends; the stages found here are:
 *   startup  process start -> "[content] Syncing content" (Node, config, integrations, Vite)
 *   content  "[content] Syncing content" -> "[content] Synced content" (loaders: read, parse)
 *   bundle   "Building static entrypoints" -> "generating static routes" (Vite)
 *   render   "generating static routes" -> its "✓ Completed in" (getStaticPaths + every page)
 *   index    "indexed N pages in S s" (Confnotes' Pagefind step, once Astro's process has
 *            exited: src/cli/build.sh; reading the pages, indexing them, writing the index)
 * Whatever is left (types, other hooks, writing, exit) is "other". A stage whose lines are missing
 * (a future Astro may word them differently) is null rather than a wrong number.
 */
import type { TimedLine } from './run-command.ts';

export interface Stages {
  startup: number | null;
  content: number | null;
  bundle: number | null;
  render: number | null;
  index: number | null;
  other: number | null;
  total: number;
}

export interface AstroLog {
  stages: Stages;
  /** "N page(s) built": the pages Astro rendered. */
  pagesBuilt: number | null;
  /** "indexed N pages": the pages our Pagefind step indexed. */
  pagesIndexed: number | null;
}

function findLine(lines: TimedLine[], pattern: RegExp, after = 0): { line: TimedLine; match: RegExpExecArray; at: number } | undefined {
  for (let i = after; i < lines.length; i++) {
    const match = pattern.exec(lines[i].text);
    if (match) return { line: lines[i], match, at: i };
  }
  return undefined;
}

/** The stages with `other` set to the time no stage accounts for (null if a stage is unknown). */
export function withOther(stages: Stages): Stages {
  const known = [stages.startup, stages.content, stages.bundle, stages.render, stages.index];
  if (known.some((s) => s === null)) return { ...stages, other: null };
  const sum = (known as number[]).reduce((a, b) => a + b, 0);
  return { ...stages, other: Math.max(0, stages.total - sum) };
}

const span = (from?: { line: TimedLine }, to?: { line: TimedLine }) => (from && to ? to.line.at - from.line.at : null);

export function parseAstroLog(lines: TimedLine[], totalSeconds: number): AstroLog {
  const contentStart = findLine(lines, /\[content\] Syncing content/);
  const contentEnd = findLine(lines, /\[content\] Synced content/, contentStart?.at);
  const bundleStart = findLine(lines, /Building static entrypoints/);
  const renderStart = findLine(lines, /generating static routes/);
  const renderEnd = renderStart && findLine(lines, /✓ Completed in/, renderStart.at + 1);
  const indexed = findLine(lines, /indexed (\d+) pages in ([\d.]+) ?s/);
  const built = findLine(lines, /(\d+) page\(s\) built in/);

  const stages: Stages = {
    startup: contentStart ? contentStart.line.at : null,
    content: span(contentStart, contentEnd),
    bundle: span(bundleStart, renderStart),
    render: span(renderStart, renderEnd),
    index: indexed ? Number(indexed.match[2]) : null,
    other: null,
    total: totalSeconds,
  };
  return {
    stages: withOther(stages),
    pagesBuilt: built ? Number(built.match[1]) : null,
    pagesIndexed: indexed ? Number(indexed.match[1]) : null,
  };
}
