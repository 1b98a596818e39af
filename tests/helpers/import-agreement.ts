/**
 * How far the importer agrees with the hand-written recaps of the seed posts
 * (tests/fixtures/import/seed-alignment.yaml). Run on a report of the importer:
 *   npm run import -- tests/fixtures/import/seeds/*.txt --dry-run --json > /tmp/seeds.json
 *   node tests/helpers/import-agreement.ts /tmp/seeds.json
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { nameKey } from '../../src/parse/normalise.ts';

export interface AlignedTalk {
  title: string;
  line: number;
  own: boolean;
  speakers: string[];
  video?: string;
}
export interface AlignedSeed {
  seed: string;
  recap: string;
  talks: AlignedTalk[];
}
export interface ImportedTalk {
  title: string;
  line: number;
  speakers: { name: string }[];
  video: string | null;
}

// Copies of ../shared/seeds, so that a clone anywhere runs the test.
export const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'import', 'seeds');

export function readAlignment(): AlignedSeed[] {
  return parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'import', 'seed-alignment.yaml'), 'utf8')) as AlignedSeed[];
}

const STOP = new Set('a au aux avec ce cette d dans de des du en et l la le les par pour sur un une the of and to in on with for your you its a an avec son ses sa'.split(' '));
const words = (title: string) => new Set(nameKey(title).split(' ').filter((w) => w && !STOP.has(w)));

/** Titles that share most of their words, ignoring case, accents, punctuation and small words. */
export function similarTitles(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared > 0 && shared / Math.min(wa.size, wb.size) >= 0.6;
}

export interface SeedAgreement {
  seed: string;
  withOwnSection: number;
  found: number;
  namedSpeakers: number;
  speakersMatched: number;
  imported: number;
  invented: number;
  missed: string[];
  inventedTitles: string[];
}

/**
 * A hand-written talk is found when an imported talk has a similar title or starts on its
 * line; each imported talk stands for one hand-written talk at most. An imported talk that
 * stands for none is invented.
 */
export function agreement(seed: AlignedSeed, imported: readonly ImportedTalk[]): SeedAgreement {
  const used = new Set<ImportedTalk>();
  const matchOf = new Map<AlignedTalk, ImportedTalk>();
  // Titles first, then places: a talk found by its title is not taken again by a neighbour's line.
  for (const rule of [(h: AlignedTalk, t: ImportedTalk) => similarTitles(h.title, t.title), (h: AlignedTalk, t: ImportedTalk) => h.line === t.line]) {
    for (const talk of seed.talks) {
      if (matchOf.has(talk)) continue;
      const match = imported.find((t) => !used.has(t) && rule(talk, t));
      if (match) {
        matchOf.set(talk, match);
        used.add(match);
      }
    }
  }
  const own = seed.talks.filter((t) => t.own);
  let namedSpeakers = 0;
  let speakersMatched = 0;
  for (const talk of own) {
    namedSpeakers += talk.speakers.length;
    const names = new Set(matchOf.get(talk)?.speakers.map((s) => nameKey(s.name)) ?? []);
    speakersMatched += talk.speakers.filter((s) => names.has(nameKey(s))).length;
  }
  const invented = imported.filter((t) => !used.has(t));
  return {
    seed: seed.seed,
    withOwnSection: own.length,
    found: own.filter((t) => matchOf.has(t)).length,
    namedSpeakers,
    speakersMatched,
    imported: imported.length,
    invented: invented.length,
    missed: own.filter((t) => !matchOf.has(t)).map((t) => t.title),
    inventedTitles: invented.map((t) => t.title),
  };
}

if (process.argv[1] === import.meta.filename) {
  // npm run (without --silent) prints its own banner before the report.
  const raw = readFileSync(process.argv[2] ?? 0, 'utf8');
  const report = JSON.parse(raw.slice(raw.indexOf('{'))) as { recaps: { source: string; talks: ImportedTalk[] }[] };
  const rows = readAlignment().map((seed) => agreement(seed, report.recaps.find((r) => basename(r.source) === seed.seed)?.talks ?? []));
  console.log('| seed | talks found / with own section | speakers matched / named | invented / imported |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.seed} | ${r.found}/${r.withOwnSection} | ${r.speakersMatched}/${r.namedSpeakers} | ${r.invented}/${r.imported} |`);
  const sum = (k: keyof SeedAgreement) => rows.reduce((n, r) => n + (r[k] as number), 0);
  console.log(`| all | ${sum('found')}/${sum('withOwnSection')} | ${sum('speakersMatched')}/${sum('namedSpeakers')} | ${sum('invented')}/${sum('imported')} |`);
  for (const r of rows) {
    if (r.missed.length) console.log(`missed in ${r.seed}: ${r.missed.join(' | ')}`);
    if (r.inventedTitles.length) console.log(`invented in ${r.seed}: ${r.inventedTitles.join(' | ')}`);
  }
}
