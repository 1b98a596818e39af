import { COMPANY, isPersonName, plainName } from './person-names.ts';

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const iso = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1990 && y <= 2100 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;

/** The first full date in a text: 2023-03-10, 10/03/2023, 10 mars 2023, March 10, 2023. */
export function dateIn(text: string): string | undefined {
  const plain = text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const candidates: { at: number; date?: string }[] = [];
  for (const m of plain.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) candidates.push({ at: m.index, date: iso(+m[1], +m[2], +m[3]) });
  for (const m of plain.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) candidates.push({ at: m.index, date: iso(+m[3], +m[2], +m[1]) });
  for (const m of plain.matchAll(/\b(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})\b/g)) candidates.push({ at: m.index, date: MONTHS[m[2]] ? iso(+m[3], MONTHS[m[2]], +m[1]) : undefined });
  for (const m of plain.matchAll(/\b([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/g)) candidates.push({ at: m.index, date: MONTHS[m[1]] ? iso(+m[3], MONTHS[m[1]], +m[2]) : undefined });
  return candidates.filter((c) => c.date).sort((a, b) => a.at - b.at)[0]?.date;
}

const BYLINE = /^(?:(?:rédigé|écrit|publié|posté)e?s?\s+par|(?:written|posted|published|authored)\s+by|by|par|auteurs?\s*:|authors?\s*:)\s+(.+)$/iu;

/** Authors and date of a byline line: "Rédigé par A, B & C le 10/03/2023", "Publié par A", "By A on March 3, 2024". */
export function byline(line: string): { authors: string[]; date?: string } | undefined {
  const match = BYLINE.exec(line.trim());
  if (!match) return undefined;
  const [who] = match[1].split(/\s+(?:le|on|du|the)\s+(?=\d|\p{L}+\.?\s+\d)|\s+[|·•—–-]\s+|,?\s+(?:\d{1,2}[/.]\d|\d{4}-\d{2})/u);
  const authors = who
    .split(/\s*(?:,|&|\bet\b|\band\b)\s*/u)
    .map((name) => name.trim())
    .filter((name) => isPersonName(name) || /^\p{Lu}\S+(?:\s+["“]\S+["”])?\s+\p{Lu}\S+/u.test(name))
    .map(plainName);
  if (!authors.length || authors.some((a) => a.split(' ').length > 6)) return undefined;
  return { authors, date: dateIn(match[1]) };
}

/** The organisation a post speaks for: the company of its "we" sentences ("nous avons décidé chez Cockpit io"). */
export function organisationIn(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
    if (!/\b(?:nous|nos|notre|on a|we|our|us)\b/i.test(sentence)) continue;
    for (const m of sentence.matchAll(new RegExp(`\\b(?:chez|at)\\s+(${COMPANY})`, 'gu'))) {
      const name = plainName(m[1]);
      if (name.length > 1 && !/^(?:KubeCon|Kubernetes|CNCF|Docker|Google|GitHub)$/i.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
