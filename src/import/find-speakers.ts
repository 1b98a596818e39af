import { COMPANY, isPersonName, NAME, plainName, ROLE } from './person-names.ts';

/** A speaker as a post names them, with the company they spoke for when it says so. */
export interface Credit {
  name: string;
  company?: string;
}

const anchored = (source: string) => new RegExp(`^(?:${source})`, 'u');
const NAME_AT = anchored(NAME);
const COMPANY_AT = anchored(COMPANY);
const SEPARATOR = /^(?:\s*,\s*|\s+(?:et|and)\s+|\s*&\s*|\s*;\s*)/u;
// How prose attaches a company to a name: "de chez Datadog", "chez Formance", "from Intuit", "de la société Enix".
const COMPANY_LINK = /^\s*,?\s*(?:de chez|chez|de la société|de l['’]entreprise|from|at|@|of|de|d['’](?=\p{Lu}))\s*/u;

const credit = (name: string, company?: string): Credit => {
  const clean = plainName(name);
  const firm = company ? plainName(company) : undefined;
  return firm && firm.toLowerCase() !== clean.toLowerCase() ? { name: clean, company: firm } : { name: clean };
};

/** "CTO, ChaosIQ" or "Aqua Security": the company is the last part that is not a job title. */
function companyOfParts(parts: string[], loose = false): string | undefined {
  const cleaned = parts.map((p) => p.trim()).filter(Boolean);
  for (let i = cleaned.length - 1; i >= 0; i--) {
    const part = cleaned[i];
    const at = /\b(?:chez|at|@)\s+(.+)$/i.exec(part);
    if (at) return at[1];
    // In a heading or a speakers line the last part is the company whatever its case ("backtothelab.io").
    if (!ROLE.test(part) && (/^[\p{Lu}\p{N}]/u.test(part) || (loose && i === cleaned.length - 1 && i > 0))) return part;
    if (i === cleaned.length - 1 && ROLE.test(part)) {
      // "Staff Engineer Google": what follows the last job-title word.
      const words = part.split(/\s+/);
      const lastRole = words.findLastIndex((w) => ROLE.test(w));
      const rest = words.slice(lastRole + 1).join(' ');
      if (rest && /^[\p{Lu}\p{N}]/u.test(rest)) return rest;
    }
  }
  return undefined;
}

/**
 * Speakers named in running text from `text`'s start: "Laurent Bernaille et Mayeul Blanzat de chez
 * Datadog", "Hugo Amalric chez NetExplorer et Thomas Gouveia chez IoTerop", "Liz Rice (Aqua
 * Security)", "Julie Hourcade, Ingénieure Devops chez Formance". Returns the credits and how much
 * text they took; none when the text does not start with a name.
 */
export function creditsInProse(text: string): { credits: Credit[]; length: number } {
  const credits: Credit[] = [];
  let pos = 0;
  for (;;) {
    const name = NAME_AT.exec(text.slice(pos));
    if (!name || !isPersonName(name[0])) break;
    pos += name[0].length;
    let company: string | undefined;
    const rest = text.slice(pos);
    const paren = /^\s*\(([^()]{1,80})\)/.exec(rest);
    const roleAt = /^\s*,\s*([^,.;()]{1,60}?)\s+(?:chez|at|@)\s+/u.exec(rest);
    const link = COMPANY_LINK.exec(rest);
    if (paren) {
      company = companyOfParts(paren[1].split(','));
      pos += paren[0].length;
    } else if (roleAt && !startsWithPerson(rest.replace(/^\s*,\s*/, ''))) {
      const firm = COMPANY_AT.exec(rest.slice(roleAt[0].length));
      if (firm) {
        company = firm[0];
        pos += roleAt[0].length + firm[0].length;
      }
    } else if (link) {
      const firm = COMPANY_AT.exec(rest.slice(link[0].length));
      if (firm) {
        company = firm[0];
        pos += link[0].length + firm[0].length;
      }
    }
    credits.push({ name: name[0], company });
    // An apposition between two names: "Solomon Hykes, créateur de Docker et Jérôme Petazzoni".
    const apposition = /^\s*,\s*\p{Ll}[^,.;()]{0,80}?(?=\s+(?:et|and)\s+\p{Lu}|\s*,\s*\p{Lu})/u.exec(text.slice(pos));
    if (apposition && !company) pos += apposition[0].length;
    const separator = SEPARATOR.exec(text.slice(pos));
    if (!separator) break;
    const next = NAME_AT.exec(text.slice(pos + separator[0].length));
    if (!next || !isPersonName(next[0])) break;
    pos += separator[0].length;
  }
  // "Laurent Bernaille et Mayeul Blanzat de chez Datadog": a company after the last name is everyone's.
  const last = credits[credits.length - 1]?.company;
  if (last && credits.slice(0, -1).every((c) => !c.company)) for (const c of credits) c.company = last;
  return { credits: credits.map((c) => credit(c.name, c.company)), length: pos };
}

function startsWithPerson(text: string): boolean {
  const name = NAME_AT.exec(text);
  return !!name && isPersonName(name[0]);
}

// Where prose names the speakers next: "présentée par", "the talk by", "la présentation de", "(vidéo) par".
const PROSE_TRIGGERS = [
  /\b(?:présentée?s?|donnée?s?|animée?s?|proposée?s?|partagée?s?|menée?s?|assurée?s?|racontée?s?|présentés|présentées)\s+par\s+(?:l[ea]s?\s+(?:binôme|duo|speakers?|intervenant(?:e|s)?)\s+)?/giu,
  /\b(?:presented|given|delivered|hosted|led|moderated|run|shared)\s+by\s+/gi,
  /\b(?:talk|conférence|conference|présentation|presentation|keynote|session|intervention|panel|workshop|atelier|démo|demo|rex|retour d['’]expérience)(?:\s*,[^.]{0,100}?,)?\s+(?:de|d['’]|by|from|avec|with)\s*/giu,
  /\b(?:nous avons suivi|nous avons écouté|we (?:saw|heard|followed)|j['’]ai (?:vu|écouté|suivi))\s+/giu,
  /[”"»)]\s*(?:\((?:vidéo|video|slides)\)\s*)?(?:par|by)\s+/giu,
  /^(?:avec|with)\s+/giu,
];
// A name followed by what speakers do: "Sami Farhat de Back Market a présenté", "X, de chez Datadog, nous a présenté".
const SPEAKER_VERB = /^\s*,?\s*(?:nous\s+|vous\s+)?(?:a|ont|avait|avaient|has|have|had|is|are|was|were)?\s*(?:présenté|présente|parlé|parle|raconté|expliqué|partagé|montré|détaillé|exposé|presented|presents|talked|talks|shared|showed|shows|explained|demoed|walked|introduced|gave|told|opened|closed|kicked|welcomed|announced|ouvert|clôturé|annoncé|lancé)(?!\p{L})/iu;

const ROLE_APPOSITION = /^\s*,\s*(?:(?:un|une|le|la|the|a|an|notre|our)\s+)?(?:créat|fondat|co-?fondat|mainteneu|maintainer|auteur|author|creator|founder|co-?founder|cto|ceo|vp|head|lead|principal|senior|staff|ingénieur|engineer|développeu|developer|architect|directeur|directrice|director|product|responsable|chercheu|researcher|advocate|évangéliste|evangelist)/iu;

// A name placed at the talk: "comme le disait Tom Wilkie lors de la présentation", "X during her talk".
const AT_THE_TALK = /^\s*,?\s*(?:lors de|pendant|durant|during|in|at)\s+(?:la|sa|cette|son|ce|the|his|her|their|this)\s+(?:présentation|talk|conférence|keynote|session|presentation|démo|demo)(?!\p{L})/iu;

/**
 * The speakers the notes name: in the opening, after what introduces them ("a talk by X and Y
 * from Company", "présentée par X") or before what speakers do ("X, de chez Datadog, nous a
 * présenté..."); in the rest of the notes, only before what speakers do.
 */
export function creditsInNotes(text: string, rest = ''): Credit[] {
  const found = creditsInOpening(text);
  if (found.length || !rest) return found;
  // "Mention spéciale au binôme Aurélie Vache et Sébastien Blanc": the speakers named as such.
  for (const match of rest.matchAll(/\b(?:binôme|duo|trio|speakers?|speakeuses?|intervenante?s?|oratrices?|orateurs?|presenters?)\s+(?:de choc\s+)?/giu)) {
    const { credits } = creditsInProse(rest.slice(match.index + match[0].length));
    if (credits.length) return credits;
  }
  for (const match of rest.matchAll(new RegExp(NAME, 'gu'))) {
    const { credits, length } = creditsInProse(rest.slice(match.index));
    const after = rest.slice(match.index + length);
    if (credits.length && (SPEAKER_VERB.test(after) || AT_THE_TALK.test(after))) return credits;
  }
  return [];
}

function creditsInOpening(text: string): Credit[] {
  for (const trigger of PROSE_TRIGGERS) {
    trigger.lastIndex = 0;
    for (const match of text.matchAll(trigger)) {
      const { credits } = creditsInProse(text.slice(match.index + match[0].length));
      if (credits.length) return credits;
    }
  }
  for (const match of text.matchAll(new RegExp(NAME, 'gu'))) {
    const { credits, length } = creditsInProse(text.slice(match.index));
    if (credits.length && (SPEAKER_VERB.test(text.slice(match.index + length)) || AT_THE_TALK.test(text.slice(match.index + length)))) return credits;
    // "Solomon Hykes, créateur de Docker": a name introduced by what the person does.
    if (credits.length && ROLE_APPOSITION.test(text.slice(match.index + match[0].length))) return credits;
  }
  return [];
}

/**
 * The company a talk's first sentences credit when they name no person: "le talk d'Intuit",
 * "présentée par Sysdig". Only a word that is not a person's name and not a tool.
 */
export function companyInNotes(text: string, isTool: (word: string) => boolean): string | undefined {
  const trigger = /\b(?:talk|conférence|présentation|presentation|keynote|session|rex|retour d['’]expérience)\s+(?:de|d['’]|by|from)\s*|\b(?:présentée?|donnée?|given|presented)\s+(?:par|by)\s+/giu;
  for (const match of text.matchAll(trigger)) {
    const firm = COMPANY_AT.exec(text.slice(match.index + match[0].length));
    if (firm && !isPersonName(firm[0]) && !isTool(firm[0]) && firm[0].length > 2 && !/^(?:la|le|les|the|ce|cette)$/i.test(firm[0])) return plainName(firm[0]);
  }
  return undefined;
}

/** One entry of a speakers line: "Name (Company)", "Name - Role Company", "Name, Role, Company", "Name @ Company". */
export function creditOfEntry(entry: string): Credit | undefined {
  const text = entry.trim().replace(/^[-–•*]\s*/, '');
  // "Jane Doe (Acme)", also followed by where it was ("Jane Doe (Acme) at KubeCon Europe 2019").
  const paren = /^(.+?)\s*\(([^()]+)\)(?:\s+(?:at|à|au|@|during|lors de)\s.*)?\s*$/u.exec(text);
  if (paren && isPersonName(paren[1].trim())) return credit(paren[1], companyOfParts(paren[2].split(','), true));
  const name = NAME_AT.exec(text);
  if (!name || !isPersonName(name[0])) return undefined;
  const rest = text.slice(name[0].length).replace(/^\s*(?:[-–—|,:@]|\bchez\b|\bat\b|\bfrom\b|\bde\b)\s*/u, '').trim();
  if (!rest) return credit(name[0]);
  if (startsWithPerson(rest)) return undefined;
  return credit(name[0], companyOfParts(rest.split(/\s*,\s*|\s+[-–—|]\s+/), true));
}

/** A speakers line's value: entries separated by ";", " & ", " and ", " et ", or commas between names. */
export function creditsOfLine(value: string): Credit[] {
  const entries = value.split(/\s*;\s*|\s+&\s+|\s+(?:and|et)\s+(?=\p{Lu})/u).flatMap((part) => {
    // "A, B, C": commas between names; "A, Role, Company": one person.
    const commaParts = part.split(/\s*,\s*/);
    return commaParts.length > 1 && commaParts.every((p) => isPersonName(p.replace(/\s*\([^()]*\)\s*$/, ''))) ? commaParts : [part];
  });
  const credits = entries.map(creditOfEntry).filter((c): c is Credit => c !== undefined);
  // "Jane Doe & John Smith, Acme": a company given once, after the last name, is everyone's.
  const last = credits[credits.length - 1]?.company;
  return last && credits.slice(0, -1).every((c) => !c.company) ? credits.map((c) => ({ ...c, company: last })) : credits;
}

/**
 * The speakers a heading names after its title: "Title – Name, Role, Company & Name, Company",
 * "Title by Name (Company)", "Title (Name, Company)". Returns the title without them.
 */
export function creditsInHeading(heading: string): { title: string; credits: Credit[] } {
  const splits: { title: string; rest: string }[] = [];
  for (const match of heading.matchAll(/\s+[–—-]\s+|\s+\|\s+|\s+(?:by|par|with|avec)\s+/giu)) {
    splits.push({ title: heading.slice(0, match.index), rest: heading.slice(match.index + match[0].length) });
  }
  const trailing = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(heading);
  if (trailing) splits.push({ title: trailing[1], rest: trailing[2] });
  for (const { title, rest } of splits) {
    if (!title.trim()) continue;
    const credits = creditsOfLine(rest);
    // Every part of what follows must be a speaker, or it is part of the title ("Kubernetes – Don't Stop Believin'").
    const people = rest.split(/\s*;\s*|\s+&\s+|\s+(?:and|et)\s+(?=\p{Lu})/u);
    if (credits.length && credits.length >= people.length) return { title: title.trim().replace(/[\s,;:|–—-]+$/u, ''), credits };
  }
  return { title: heading.trim(), credits: [] };
}
