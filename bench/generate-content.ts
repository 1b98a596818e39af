/**
 * Writes a synthetic content folder (same layout as content/) of N talks, deterministically
 * from a seed: recaps of 5 to 15 talks in French and English, speakers who come back across
 * years at a realistic rate, tool mentions from the real catalogue with a long tail, a few
 * talks covered by two recaps. The bench builds the site from it.
 *
 *   node bench/generate-content.ts --talks 1000 --dir /tmp/content [--seed 1]
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { nameKey as key } from '../src/parse/normalise.ts';
import { Random, Zipf } from './prng.ts';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, ORGANISATIONS, SERIES, TECH_PREFIXES, TECH_ROOTS, WORDS, type Lang, type LanguageWords, type SeriesSpec } from './words.ts';

export interface GenerateOptions {
  talks: number;
  /** Folder to write; emptied first. */
  dir: string;
  seed?: number;
  /** The real content folder, whose tools/ and cncf/ are copied. */
  source?: string;
}

/** One talk as the baseline site needs it: its notes as Markdown, one per recap covering it. */
export interface GeneratedTalk {
  edition: string;
  slug: string;
  title: string;
  lang: Lang;
  speakers: string[];
  tools: string[];
  video?: string;
  notes: { recapTitle: string; lang: Lang; markdown: string }[];
}

export interface GeneratedContent {
  dir: string;
  talks: GeneratedTalk[];
  recaps: number;
  speakers: number;
  editions: number;
  /** Talks described by two recaps. */
  sharedTalks: number;
  words: number;
}

interface Tool {
  id: string;
  name: string;
  aliases: string[];
  commonWord: boolean;
}

interface Edition {
  id: string;
  series: SeriesSpec;
  year: number;
  start: string;
  end: string;
  weight: number;
}

interface Person {
  name: string;
  /** The same name without accents, as some writers type it. */
  plain: string;
  company: string;
  talks: number;
  /** Another spelling, declared in a speaker file. */
  alias?: string;
}

interface Coverage {
  recapTitle: string;
  lang: Lang;
  title: string;
  markdown: string;
}

interface TalkPlan {
  index: number;
  edition: Edition;
  slug: string;
  title: string;
  kind: string;
  speakers: { person: Person; company: string }[];
  companyOnly?: string;
  unknownSpeakers: boolean;
  tools: Tool[];
  video?: string;
  slides?: string;
  /** Set once a second recap covers the talk: both sections then carry it. */
  explicitId?: string;
  coverages: Coverage[];
}

interface RecapPlan {
  id: string;
  edition: Edition;
  lang: Lang;
  title: string;
  organisation: string;
  authors: string[];
  published: string;
  source?: string;
  /** Sections in order; a talk's coverage index says which of its notes this recap wrote. */
  sections: { talk: TalkPlan; coverage: number; title: string }[];
}

// Tools seen most often in recaps, most frequent first; the rest of the catalogue follows
// in a seeded order, so the tail is drawn rarely.
const POPULAR_TOOLS = [
  'kubernetes', 'prometheus', 'helm', 'argo-cd', 'opentelemetry', 'istio', 'grafana', 'cilium', 'ebpf', 'docker',
  'kubectl', 'terraform', 'envoy', 'flux', 'linkerd', 'open-policy-agent', 'kyverno', 'crossplane', 'backstage', 'cert-manager',
  'knative', 'loki', 'github-actions', 'sigstore', 'cosign', 'vault', 'harbor', 'rook', 'ceph', 'fluentd',
];

const KINDS = { talk: 70, keynote: 8, lightning: 8, 'deep-dive': 6, panel: 5, workshop: 3 };
const SPEAKER_COUNTS = { '1': 55, '2': 33, '3': 9, '4': 3 };
/** Share of speaker slots filled by someone new: most people speak once, a few often (Yule-Simon). */
const NEW_SPEAKER = 0.6;
/** Share of recaps that also cover a talk an earlier recap of the same edition described. */
const SECOND_COVERAGE = 0.35;

const SPECIAL_LETTERS: Record<string, string> = { ø: 'o', ß: 'ss', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd' };

function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[øßłæœđ]/g, (c) => SPECIAL_LETTERS[c])
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'untitled'
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** French contractions the templates cannot know in advance: "de le" -> "du", "le auto-" -> "l'auto-". */
function frenchGrammar(text: string): string {
  return text
    .replace(/(?<![\p{L}'])([LlDd]e|[Qq]ue) (?=[aeiouyéèêàâîôAEIOUYÉÈÊÀÂÎÔ])/gu, (_, word: string) => `${word.slice(0, -1)}'`)
    .replace(/(?<![\p{L}'])à le /gu, 'au ')
    .replace(/(?<![\p{L}'])à les /gu, 'aux ')
    .replace(/(?<![\p{L}'])([Dd])e le /gu, '$1u ')
    .replace(/(?<![\p{L}'])([Dd])e les /gu, '$1es ');
}
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: string, days: number) => isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));

function readTools(source: string): Tool[] {
  const dir = join(source, 'tools');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const data = parseYaml(readFileSync(join(dir, name), 'utf8')) as Partial<Tool>;
      return { id: name.replace(/\.ya?ml$/, ''), name: String(data.name), aliases: (data.aliases ?? []).map(String), commonWord: data.commonWord === true };
    });
}

/**
 * True when `text` would be read as a mention of a catalogued tool (same rule as the site:
 * whole words, exact case for tools whose name is an ordinary word). Word lists are filtered
 * with it so that only the mentions the generator means to write exist.
 */
function toolDetector(tools: Tool[]): (text: string) => boolean {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const spellings = (commonWord: boolean) => tools.filter((t) => t.commonWord === commonWord).flatMap((t) => [t.name, ...t.aliases]).map(escape);
  const around = (names: string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${names.join('|')})(?![\\p{L}\\p{N}_])`, flags);
  const anyCase = around(spellings(false), 'iu');
  const exactCase = around(spellings(true), 'u');
  return (text) => anyCase.test(text) || exactCase.test(text);
}

function cleanWords(words: LanguageWords, mentionsTool: (text: string) => boolean): LanguageWords {
  const keep = (list: string[]) => list.filter((item) => !mentionsTool(item.replace(/\{[^}]*\}/g, ' ')));
  return {
    ...words,
    phrases: keep(words.phrases),
    verbs: keep(words.verbs),
    adjectives: keep(words.adjectives),
    sentences: keep(words.sentences),
    intros: keep(words.intros),
  };
}

function editionsOf(random: Random): Edition[] {
  const editions: Edition[] = [];
  for (const series of SERIES) {
    for (const year of Object.keys(series.editions).map(Number)) {
      const start = `${year}-${String(series.month).padStart(2, '0')}-${String(random.int(1, 24)).padStart(2, '0')}`;
      const days = series.id.startsWith('kubecon') ? 3 : random.int(0, 1);
      // Later years have more recaps: the community and the conferences grew.
      editions.push({ id: `${series.id}-${year}`, series, year, start, end: addDays(start, days), weight: series.weight * (1 + 0.15 * (year - 2016)) });
    }
  }
  return editions;
}

function conferencesYaml(editions: Edition[]): string {
  const lines = ['# Generated by bench/generate-content.ts', 'series:'];
  for (const s of SERIES) {
    lines.push(`  - id: ${s.id}`, `    name: ${JSON.stringify(s.name)}`, `    shortName: ${JSON.stringify(s.shortName)}`, `    website: ${s.website}`);
  }
  lines.push('', 'editions:');
  for (const e of editions) {
    const [city, country] = e.series.editions[e.year];
    lines.push(
      `  - id: ${e.id}`,
      `    series: ${e.series.id}`,
      `    year: ${e.year}`,
      `    city: ${JSON.stringify(city)}`,
      `    country: ${JSON.stringify(country)}`,
      `    start: ${e.start}`,
      `    end: ${e.end}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Everything random about the generated site, drawn in a fixed order from one seed. */
class Generator {
  private readonly random: Random;
  private readonly toolZipf: Zipf<Tool>;
  private readonly companyZipf: Zipf<string>;
  private readonly words: Record<Lang, LanguageWords>;
  private readonly wordZipf: Record<Lang, { phrases: Zipf<string>; verbs: Zipf<string>; adjectives: Zipf<string> }>;
  private readonly techZipf: Zipf<string>;
  readonly editions: Edition[];
  readonly people: Person[] = [];
  private readonly takenNames = new Set<string>();
  /** One entry per talk given, so a draw favours people in proportion to their talks so far. */
  private readonly appearances: Person[] = [];
  readonly talks: TalkPlan[] = [];
  readonly recaps: RecapPlan[] = [];
  private readonly titlesByEdition = new Map<string, Set<string>>();
  private readonly slugsByEdition = new Map<string, Set<string>>();
  private readonly talksByEdition = new Map<string, TalkPlan[]>();
  private readonly recapIds = new Set<string>();

  constructor(seed: number, tools: Tool[]) {
    this.random = new Random(seed);
    const random = this.random;
    const mentionsTool = toolDetector(tools);
    const popular = POPULAR_TOOLS.map((id) => tools.find((t) => t.id === id)).filter((t): t is Tool => t !== undefined);
    const rest = random.shuffle(tools.filter((t) => !popular.includes(t)));
    this.toolZipf = new Zipf([...popular, ...rest], 1.05);
    this.companyZipf = new Zipf(COMPANIES.filter((c) => !mentionsTool(c)), 1);
    this.words = { fr: cleanWords(WORDS.fr, mentionsTool), en: cleanWords(WORDS.en, mentionsTool) };
    const zipfs = (w: LanguageWords) => ({
      phrases: new Zipf(random.shuffle(w.phrases), 0.8),
      verbs: new Zipf(random.shuffle(w.verbs), 0.8),
      adjectives: new Zipf(random.shuffle(w.adjectives), 0.8),
    });
    this.wordZipf = { fr: zipfs(this.words.fr), en: zipfs(this.words.en) };
    const tech = TECH_PREFIXES.flatMap((p) => TECH_ROOTS.map((r) => `${p}-${r}`)).filter((t) => !mentionsTool(t));
    this.techZipf = new Zipf(random.shuffle(tech), 0.9);
    this.editions = editionsOf(random);
  }

  private newPerson(): Person {
    const random = this.random;
    for (let tries = 0; ; tries++) {
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      // Past a few collisions, a middle initial keeps names unique on very large sites.
      const name = tries < 20 ? `${first} ${last}` : `${first} ${String.fromCharCode(65 + random.int(0, 25))}. ${last}`;
      if (this.takenNames.has(key(name))) continue;
      this.takenNames.add(key(name));
      const plain = name.normalize('NFD').replace(/\p{Diacritic}/gu, '');
      const person: Person = { name, plain, company: this.companyZipf.draw(random), talks: 0 };
      this.people.push(person);
      return person;
    }
  }

  private drawSpeaker(exclude: Set<Person>): Person {
    for (let tries = 0; tries < 20; tries++) {
      const person = this.appearances.length === 0 || this.random.chance(NEW_SPEAKER) ? this.newPerson() : this.random.pick(this.appearances);
      if (!exclude.has(person)) return person;
    }
    return this.newPerson();
  }

  /** A template with its slots filled; `pickTool` decides which tool each {tool} names. */
  private fill(template: string, lang: Lang, context: { year: number; pickTool: () => Tool }): string {
    const random = this.random;
    const zipf = this.wordZipf[lang];
    const toolName = (tool: Tool) => (!tool.commonWord && tool.aliases.length && random.chance(0.1) ? random.pick(tool.aliases) : tool.name);
    const values: Record<string, () => string> = {
      tool: () => toolName(context.pickTool()),
      tool2: () => toolName(context.pickTool()),
      np: () => zipf.phrases.draw(random),
      np2: () => zipf.phrases.draw(random),
      verb: () => zipf.verbs.draw(random),
      adj: () => zipf.adjectives.draw(random),
      adj2: () => zipf.adjectives.draw(random),
      company: () => this.companyZipf.draw(random),
      n: () => String(random.pick([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300, 500, 1000])),
      pct: () => String(random.int(2, 90)),
      tech: () => this.techZipf.draw(random),
      year: () => String(context.year + random.int(0, 2)),
    };
    const filled = template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const value = values[slot.toLowerCase()];
      if (!value) throw new Error(`unknown slot {${slot}} in "${template}"`);
      const text = value();
      return slot[0] === slot[0].toUpperCase() ? capitalise(text) : text;
    });
    return lang === 'fr' ? frenchGrammar(filled) : filled;
  }

  private uniqueTitle(edition: Edition, make: () => string, lang: Lang): string {
    const taken = this.titlesByEdition.get(edition.id) ?? this.titlesByEdition.set(edition.id, new Set()).get(edition.id)!;
    let title = make();
    for (let tries = 0; taken.has(key(title)); tries++) {
      title = tries < 10 ? make() : `${make()} (${lang === 'fr' ? 'partie' : 'part'} ${tries - 8})`;
    }
    taken.add(key(title));
    return title;
  }

  private uniqueSlug(edition: Edition, title: string): string {
    const taken = this.slugsByEdition.get(edition.id) ?? this.slugsByEdition.set(edition.id, new Set()).get(edition.id)!;
    const base = slugify(title);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  }

  private newTalk(edition: Edition, lang: Lang): TalkPlan {
    const random = this.random;
    const kind = random.weighted(KINDS);
    const tools = this.toolZipf.drawDistinct(random, random.int(1, 4));
    const title = this.uniqueTitle(edition, () => this.titleFor(tools, edition, lang), lang);
    const talk: TalkPlan = {
      index: this.talks.length,
      edition,
      slug: this.uniqueSlug(edition, title),
      title,
      kind,
      speakers: [],
      unknownSpeakers: false,
      tools,
      coverages: [],
    };
    const who = random.next();
    if (who < 0.015) talk.unknownSpeakers = true;
    else if (who < 0.055) talk.companyOnly = this.companyZipf.draw(random);
    else {
      const count = kind === 'panel' ? random.int(3, 5) : kind === 'keynote' ? random.int(1, 2) : Number(random.weighted(SPEAKER_COUNTS));
      const chosen = new Set<Person>();
      for (let i = 0; i < count; i++) chosen.add(this.drawSpeaker(chosen));
      for (const person of chosen) {
        // People change jobs between conferences.
        if (person.talks > 0 && random.chance(0.12)) person.company = this.companyZipf.draw(random);
        person.talks++;
        this.appearances.push(person);
        talk.speakers.push({ person, company: person.company });
      }
    }
    if (random.chance(0.45)) talk.video = `https://www.youtube.com/watch?v=${this.videoId()}`;
    if (random.chance(0.15)) talk.slides = `https://speakerdeck.com/${slugify(this.companyZipf.draw(random))}/${talk.slug}`;
    this.talks.push(talk);
    const ofEdition = this.talksByEdition.get(edition.id);
    if (ofEdition) ofEdition.push(talk);
    else this.talksByEdition.set(edition.id, [talk]);
    return talk;
  }

  /** A title naming the talk's main tools, in the order they were drawn. */
  private titleFor(tools: Tool[], edition: Edition, lang: Lang): string {
    const queue = [...tools];
    const context = { year: edition.year, pickTool: () => queue.shift() ?? this.random.pick(tools) };
    return this.fill(this.random.pick(this.words[lang].titles), lang, context);
  }

  private videoId(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    return Array.from({ length: 11 }, () => alphabet[this.random.int(0, alphabet.length - 1)]).join('');
  }

  /** 150 to 400 words of notes naming the talk's tools, in paragraphs with the odd list, code or link. */
  private notes(talk: TalkPlan, lang: Lang): string {
    const random = this.random;
    const target = random.int(150, 400);
    const toMention = [...talk.tools];
    const context = {
      year: talk.edition.year,
      // The talk's own tools first, then mostly them again, sometimes another tool of the catalogue.
      pickTool: () => toMention.shift() ?? (random.chance(0.8) ? random.pick(talk.tools) : this.toolZipf.draw(random)),
    };
    const sentences = this.words[lang].sentences;
    const withTool = sentences.filter((s) => s.includes('{tool}'));
    const paragraphs: string[] = [];
    let words = 0;
    while (words < target) {
      const count = random.int(2, 5);
      const paragraph: string[] = [];
      for (let i = 0; i < count && words < target; i++) {
        const template = toMention.length ? random.pick(withTool) : random.pick(sentences);
        let sentence = this.fill(template, lang, context);
        if (random.chance(0.05)) sentence = sentence.replace(/ (\S+) (\S+)/, ' **$1 $2**');
        paragraph.push(sentence);
        words += sentence.split(/\s+/).length;
      }
      if (random.chance(0.1)) paragraph.push(lang === 'fr' ? 'La commande montrée : `kubectl get pods -A`.' : 'The command shown: `kubectl get pods -A`.');
      if (random.chance(0.08)) paragraph.push(lang === 'fr' ? `Plus de détails dans [la documentation](https://example.org/docs/${talk.slug}).` : `More in [the documentation](https://example.org/docs/${talk.slug}).`);
      paragraphs.push(paragraph.join(' '));
      if (random.chance(0.12)) {
        const items = Array.from({ length: random.int(2, 4) }, () => `- ${capitalise(this.wordZipf[lang].phrases.draw(random))}`);
        paragraphs.push(items.join('\n'));
        words += items.join(' ').split(/\s+/).length;
      }
    }
    return paragraphs.join('\n\n');
  }

  /** Plans recaps until `total` distinct talks exist. */
  plan(total: number): void {
    const random = this.random;
    const weights = Object.fromEntries(this.editions.map((e) => [e.id, e.weight]));
    const byId = new Map(this.editions.map((e) => [e.id, e]));
    while (this.talks.length < total) {
      const edition = byId.get(random.weighted(weights))!;
      const lang: Lang = random.chance(edition.series.french) ? 'fr' : 'en';
      const left = total - this.talks.length;
      let count = random.int(5, 15);
      // Never leave fewer than five talks for the last recap.
      if (left - count < 5) count = left <= 15 ? left : left - 5;
      const earlier = (this.talksByEdition.get(edition.id) ?? []).filter((t) => !t.explicitId);
      const revisit = count < 15 && earlier.length > 0 && random.chance(SECOND_COVERAGE) ? random.pick(earlier) : undefined;
      const organisation = random.pick(ORGANISATIONS);
      const recap = this.newRecap(edition, lang, organisation);
      const sections: TalkPlan[] = Array.from({ length: count }, () => this.newTalk(edition, lang));
      if (revisit) {
        revisit.explicitId = `${edition.id}-t${revisit.index}`;
        sections.splice(random.int(0, sections.length), 0, revisit);
      }
      for (const talk of sections) {
        // A second recap often gives the talk a title of its own.
        const title = talk === revisit && random.chance(0.5) ? this.uniqueTitle(edition, () => this.titleFor(talk.tools, edition, lang), lang) : talk.title;
        const markdown = this.notes(talk, lang);
        talk.coverages.push({ recapTitle: recap.title, lang, title, markdown });
        recap.sections.push({ talk, coverage: talk.coverages.length - 1, title });
      }
      this.recaps.push(recap);
    }
  }

  private newRecap(edition: Edition, lang: Lang, organisation: string): RecapPlan {
    const random = this.random;
    const base = `${edition.id}-${slugify(organisation)}`;
    let id = base;
    for (let n = 2; this.recapIds.has(id); n++) id = `${base}-${n}`;
    this.recapIds.add(id);
    const values: Record<string, string> = { conf: edition.series.shortName, year: String(edition.year), org: organisation, part: String(random.int(1, 3)) };
    const title = random.pick(this.words[lang].recapTitles).replace(/\{(\w+)\}/g, (_, slot: string) => values[slot]);
    const authors = Array.from({ length: random.int(1, 3) }, () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`);
    return {
      id,
      edition,
      lang,
      title,
      organisation,
      authors: [...new Set(authors)],
      published: addDays(edition.end, random.int(1, 60)),
      source: random.chance(0.5) ? `https://blog.example.org/${id}` : undefined,
      sections: [],
    };
  }

  /** Speaker files for the people who spoke most, each with an alias some recaps use. */
  declareFrequentSpeakers(count: number): Person[] {
    const frequent = [...this.people].filter((p) => p.talks >= 2).sort((a, b) => b.talks - a.talks || a.name.localeCompare(b.name)).slice(0, count);
    for (const person of frequent) {
      const parts = person.name.split(' ');
      const alias = `${parts[parts.length - 1]} ${parts.slice(0, -1).join(' ')}`;
      if (!this.takenNames.has(key(alias))) {
        person.alias = alias;
        this.takenNames.add(key(alias));
      }
    }
    return frequent;
  }

  /** A speaker as one recap writes them: usual spelling, alias or without accents, with the company mostly. */
  credit(speaker: { person: Person; company: string }, random: Random): string {
    const { person } = speaker;
    const name = person.alias && random.chance(0.2) ? person.alias : person.plain !== person.name && random.chance(0.1) ? person.plain : person.name;
    return random.chance(0.9) ? `${name} (${speaker.company})` : name;
  }
}

function recapMarkdown(recap: RecapPlan, generator: Generator, words: LanguageWords, random: Random): string {
  const fr = recap.lang === 'fr';
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(recap.title)}`,
    `conference: ${recap.edition.id}`,
    `authors: ${JSON.stringify(recap.authors)}`,
    `organisation: ${JSON.stringify(recap.organisation)}`,
    `lang: ${recap.lang}`,
    `published: ${recap.published}`,
    ...(recap.source ? [`source: ${recap.source}`] : []),
    '---',
  ];
  const values: Record<string, string> = { org: recap.organisation, conf: recap.edition.series.shortName, year: String(recap.edition.year) };
  const intro = random.pick(words.intros).replace(/\{(\w+)\}/g, (_, slot: string) => values[slot]);
  const out = [...frontmatter, '', intro, ''];
  // Keynotes grouped under a prose heading, as writers often do: their talks sit one level deeper.
  const keynotes = recap.sections.filter((s) => s.talk.kind === 'keynote');
  const grouped = keynotes.length > 0 && random.chance(0.5);
  const ordered = grouped ? [...keynotes, ...recap.sections.filter((s) => s.talk.kind !== 'keynote')] : recap.sections;
  if (grouped) out.push(`## ${words.keynotesHeading}`, '');
  for (const section of ordered) {
    const { talk } = section;
    const depth = grouped && talk.kind === 'keynote' ? '###' : '##';
    out.push(`${depth} ${section.title}`);
    if (talk.explicitId) out.push(`- Id: ${talk.explicitId}`);
    if (talk.unknownSpeakers) out.push(`- ${fr ? 'Intervenants' : 'Speakers'}: ${fr ? 'inconnu' : 'unknown'}`);
    else if (talk.companyOnly) out.push(`- ${fr ? 'Entreprise' : 'Company'}: ${talk.companyOnly}`);
    else out.push(`- ${fr && random.chance(0.5) ? 'Intervenants' : 'Speakers'}: ${talk.speakers.map((s) => generator.credit(s, random)).join(', ')}`);
    if (talk.kind !== 'talk') out.push(`- ${fr ? 'Type' : 'Kind'}: ${talk.kind}`);
    if (talk.video) out.push(`- ${fr ? 'Vidéo' : 'Video'}: ${talk.video}`);
    if (talk.slides) out.push(`- Slides: ${talk.slides}`);
    if (random.chance(0.6)) out.push(`- ${fr ? 'Outils' : 'Tools'}: ${talk.tools.map((t) => t.name).join(', ')}`);
    out.push('', talk.coverages[section.coverage].markdown, '');
  }
  if (random.chance(0.3)) out.push(`## ${words.conclusionHeading}`, '', fr ? 'Vivement la prochaine édition !' : 'See you at the next edition!', '');
  return out.join('\n');
}

function speakerYaml(person: Person): string {
  const lines = [`name: ${JSON.stringify(person.name)}`];
  if (person.alias) lines.push(`aliases: [${JSON.stringify(person.alias)}]`);
  lines.push(`links: [${JSON.stringify(`https://github.com/${slugify(person.name)}`)}]`, `bio: ${JSON.stringify(`Engineer at ${person.company}, speaker at ${person.talks} talks.`)}`);
  return `${lines.join('\n')}\n`;
}

/** Generates the content folder and returns what the baseline site needs to mirror it. */
export function generateContent(options: GenerateOptions): GeneratedContent {
  const source = options.source ?? resolve(import.meta.dirname, '..', 'content');
  const dir = resolve(options.dir);
  if (!Number.isInteger(options.talks) || options.talks < 1) throw new Error(`--talks must be a positive integer, got ${options.talks}`);
  const generator = new Generator(options.seed ?? 1, readTools(source));
  generator.plan(options.talks);
  const frequent = generator.declareFrequentSpeakers(15);

  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['recaps', 'speakers']) mkdirSync(join(dir, sub), { recursive: true });
  cpSync(join(source, 'tools'), join(dir, 'tools'), { recursive: true });
  cpSync(join(source, 'cncf'), join(dir, 'cncf'), { recursive: true });
  writeFileSync(join(dir, 'conferences.yaml'), conferencesYaml(generator.editions));
  for (const person of frequent) writeFileSync(join(dir, 'speakers', `${slugify(person.name)}.yaml`), speakerYaml(person));
  // Writing has its own random stream, so the plan above does not depend on how files are laid out.
  const layout = new Random((options.seed ?? 1) ^ 0x5bd1e995);
  let words = 0;
  for (const recap of generator.recaps) {
    const text = recapMarkdown(recap, generator, WORDS[recap.lang], layout);
    writeFileSync(join(dir, 'recaps', `${recap.id}.md`), text);
  }
  const talks = generator.talks.map((talk): GeneratedTalk => {
    for (const c of talk.coverages) words += c.markdown.split(/\s+/).length;
    return {
      edition: talk.edition.id,
      slug: talk.slug,
      title: talk.title,
      lang: talk.coverages[0].lang,
      speakers: talk.speakers.map((s) => s.person.name),
      tools: talk.tools.map((t) => t.name),
      video: talk.video,
      notes: talk.coverages.map((c) => ({ recapTitle: c.recapTitle, lang: c.lang, markdown: c.markdown })),
    };
  });
  return {
    dir,
    talks,
    recaps: generator.recaps.length,
    speakers: generator.people.length,
    editions: new Set(generator.talks.map((t) => t.edition.id)).size,
    sharedTalks: generator.talks.filter((t) => t.coverages.length > 1).length,
    words,
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { talks: { type: 'string' }, dir: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  if (!values.talks || !values.dir) {
    console.error('usage: node bench/generate-content.ts --talks N --dir FOLDER [--seed S]');
    process.exit(2);
  }
  const result = generateContent({ talks: Number(values.talks), dir: values.dir, seed: Number(values.seed) });
  console.log(`${result.talks.length} talks (${result.sharedTalks} in two recaps), ${result.recaps} recaps, ${result.speakers} speakers, ${result.editions} editions, ${result.words} words -> ${result.dir}`);
}
