import { nameKey, toSlug } from '../parse/normalise.ts';
import type { Edition, Series } from '../schemas/conference.ts';

/** Cities conferences are held in, as French and English posts spell them. */
const CITIES: { names: string[]; city: string; country: string; region?: string }[] = [
  { names: ['copenhagen', 'copenhague'], city: 'Copenhagen', country: 'Denmark', region: 'eu' },
  { names: ['barcelona', 'barcelone'], city: 'Barcelona', country: 'Spain', region: 'eu' },
  { names: ['valencia', 'valence'], city: 'Valencia', country: 'Spain', region: 'eu' },
  { names: ['amsterdam'], city: 'Amsterdam', country: 'Netherlands', region: 'eu' },
  { names: ['london', 'londres'], city: 'London', country: 'United Kingdom', region: 'eu' },
  { names: ['berlin'], city: 'Berlin', country: 'Germany', region: 'eu' },
  { names: ['munich', 'munchen'], city: 'Munich', country: 'Germany', region: 'eu' },
  { names: ['paris'], city: 'Paris', country: 'France', region: 'eu' },
  { names: ['lyon'], city: 'Lyon', country: 'France' },
  { names: ['lille'], city: 'Lille', country: 'France' },
  { names: ['nantes'], city: 'Nantes', country: 'France' },
  { names: ['toulouse'], city: 'Toulouse', country: 'France' },
  { names: ['bordeaux'], city: 'Bordeaux', country: 'France' },
  { names: ['seattle'], city: 'Seattle', country: 'United States', region: 'na' },
  { names: ['san diego'], city: 'San Diego', country: 'United States', region: 'na' },
  { names: ['boston'], city: 'Boston', country: 'United States', region: 'na' },
  { names: ['austin'], city: 'Austin', country: 'United States', region: 'na' },
  { names: ['los angeles'], city: 'Los Angeles', country: 'United States', region: 'na' },
  { names: ['detroit'], city: 'Detroit', country: 'United States', region: 'na' },
  { names: ['chicago'], city: 'Chicago', country: 'United States', region: 'na' },
  { names: ['salt lake city'], city: 'Salt Lake City', country: 'United States', region: 'na' },
  { names: ['atlanta'], city: 'Atlanta', country: 'United States', region: 'na' },
  { names: ['shanghai'], city: 'Shanghai', country: 'China', region: 'china' },
  { names: ['hong kong'], city: 'Hong Kong', country: 'China', region: 'china' },
  { names: ['tokyo'], city: 'Tokyo', country: 'Japan', region: 'japan' },
  { names: ['mumbai'], city: 'Mumbai', country: 'India', region: 'india' },
];

const REGIONS: Record<string, { id: string; name: string }> = {
  eu: { id: 'eu', name: 'Europe' },
  europe: { id: 'eu', name: 'Europe' },
  na: { id: 'na', name: 'North America' },
  'north america': { id: 'na', name: 'North America' },
  us: { id: 'na', name: 'North America' },
  china: { id: 'china', name: 'China' },
  india: { id: 'india', name: 'India' },
  japan: { id: 'japan', name: 'Japan' },
};

export interface ConferenceGuess {
  edition: string;
  /** A series and an edition conferences.yaml does not have yet, to add. */
  newSeries?: Series;
  newEdition?: Edition;
  /** What was guessed, for the recap's review list: the same however often the post is imported. */
  guesses: string[];
  /** What the import did to conferences.yaml, for the report. */
  added?: string;
  editionReview: string[];
}

interface Candidate {
  seriesId: string;
  name: string;
  shortName: string;
  year?: number;
  weight: number;
}

/** Every mention of a conference in `text`: KubeCon + region, KCD + place, or a series of conferences.yaml. */
function mentions(text: string, series: readonly Series[], weight: number): Candidate[] {
  const found: Candidate[] = [];
  const key = ` ${nameKey(text)} `;
  for (const m of key.matchAll(/\b(?:kube ?con(?: cloud ?native ?con)?|kccnc|cloudnativecon)(?: (europe|eu|north america|na|us|china|india|japan))?(?: (20\d\d))?/g)) {
    const region = REGIONS[m[1] ?? ''];
    found.push({
      seriesId: region ? `kubecon-${region.id}` : 'kubecon',
      name: `KubeCon + CloudNativeCon${region ? ` ${region.name}` : ''}`,
      shortName: `KubeCon${region ? ` ${region.id.toUpperCase()}` : ''}`,
      year: m[2] ? Number(m[2]) : undefined,
      weight,
    });
  }
  for (const m of key.matchAll(/\b(?:kcd|kubernetes community days?) ([a-z][a-z-]+(?: [a-z][a-z-]+)?)(?: (20\d\d))?/g)) {
    const place = m[1].split(' ').filter((w) => !['20', 'le', 'la', 'the', 'et', 'and', 'a', 'au', 'qui', 'which', 'in', 'en', 'de', 'du', 'was', 'est', 'etait', 'nous', 'we', 'edition'].includes(w));
    const name = place.slice(0, 1).join(' ');
    if (!name) continue;
    const display = name.charAt(0).toUpperCase() + name.slice(1);
    found.push({ seriesId: `kcd-${toSlug(name)}`, name: `Kubernetes Community Days ${display}`, shortName: `KCD ${display}`, year: m[2] ? Number(m[2]) : undefined, weight });
  }
  for (const s of series) {
    for (const spelling of [s.name, s.shortName]) {
      const spelled = nameKey(spelling);
      let from = key.indexOf(` ${spelled} `);
      while (from >= 0) {
        const year = /^ (20\d\d)\b/.exec(key.slice(from + spelled.length + 1))?.[1];
        found.push({ seriesId: s.id, name: s.name, shortName: s.shortName, year: year ? Number(year) : undefined, weight });
        from = key.indexOf(` ${spelled} `, from + 1);
      }
    }
  }
  return found;
}

const seriesIdOf = (series: Series | undefined, candidate: Candidate) => series?.id ?? candidate.seriesId;

/** The series a candidate is in conferences.yaml: by id, or by name ("KubeCon Europe" is kubecon-eu). */
function knownSeries(candidate: Candidate, series: readonly Series[]): Series | undefined {
  return series.find((s) => s.id === candidate.seriesId || nameKey(s.name) === nameKey(candidate.name) || nameKey(s.shortName) === nameKey(candidate.shortName));
}

function cityIn(text: string) {
  const key = ` ${nameKey(text)} `;
  return CITIES.find((c) => c.names.some((n) => key.includes(` ${n} `)));
}

/**
 * The edition a post is about, from its title, tags and text, matched to conferences.yaml;
 * when the file does not have it, a series and an edition to add, with what was guessed.
 */
export function guessConference(input: {
  title: string;
  keywords: readonly string[];
  text: string;
  date?: string;
  series: readonly Series[];
  editions: readonly Edition[];
}): ConferenceGuess | undefined {
  const head = [input.title, ...input.keywords].join(' \n ');
  const candidates = [...mentions(head, input.series, 5), ...mentions(input.text, input.series, 1)].filter((c) => c.seriesId !== 'kubecon' || !c.year || true);
  if (!candidates.length) return undefined;
  // A bare "KubeCon" takes its region from the city the post names.
  const city = cityIn(head) ?? cityIn(input.text);
  for (const c of candidates) {
    if (c.seriesId === 'kubecon') {
      const region = REGIONS[city?.region ?? 'eu'];
      Object.assign(c, { seriesId: `kubecon-${region.id}`, name: `KubeCon + CloudNativeCon ${region.name}`, shortName: `KubeCon ${region.id.toUpperCase()}` });
    }
  }
  const scores = new Map<string, number>();
  for (const c of candidates) scores.set(c.seriesId, (scores.get(c.seriesId) ?? 0) + c.weight);
  const best = [...scores].sort((a, b) => b[1] - a[1])[0][0];
  const ofBest = candidates.filter((c) => c.seriesId === best);
  const guesses: string[] = [];
  const series = knownSeries(ofBest[0], input.series);

  const years = new Map<number, number>();
  for (const c of ofBest) if (c.year) years.set(c.year, (years.get(c.year) ?? 0) + c.weight);
  let year = [...years].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!year && input.date) {
    year = Number(input.date.slice(0, 4));
    guesses.push(`conference year ${year} taken from the post's date`);
  }
  const seriesEditions = series ? input.editions.filter((e) => e.series === series.id) : [];
  if (!year && seriesEditions.length) {
    year = Math.max(...seriesEditions.map((e) => e.year));
    guesses.push(`the post gives no year: the latest edition of ${series!.shortName} (${year}) was taken`);
  }
  if (!year) {
    year = new Date().getUTCFullYear();
    guesses.push(`the post gives no year: ${year} was taken`);
  }
  const existing = seriesEditions.find((e) => e.year === year);
  guesses.unshift(`conference ${seriesIdOf(series, ofBest[0])}-${year} guessed from the post`);
  if (existing) return { edition: existing.id, guesses, editionReview: [] };

  const seriesId = series?.id ?? ofBest[0].seriesId;
  const newSeries: Series | undefined = series ? undefined : { id: seriesId, name: ofBest[0].name, shortName: ofBest[0].shortName };
  const editionReview = [`edition dates guessed from the year ${year}`];
  if (!city) editionReview.push('city and country not found in the post');
  const newEdition: Edition = {
    id: `${seriesId}-${year}`,
    series: seriesId,
    year,
    city: city?.city ?? 'Unknown',
    country: city?.country ?? 'Unknown',
    start: `${year}-01-01`,
    end: `${year}-01-01`,
    review: editionReview,
  };
  const added = `edition ${newEdition.id} added to conferences.yaml${newSeries ? ` with the series ${seriesId}` : ''}`;
  return { edition: newEdition.id, newSeries, newEdition, guesses, added, editionReview };
}
