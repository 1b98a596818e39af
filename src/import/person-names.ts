/**
 * What a person's name and a company look like in a post. Names are two to four capitalised
 * words ("Si Li", "David de Torres", "Mohamed Reda LARBI YOUCEF", 'Alexis "Horgix" Chotard').
 */
const TOKEN = "\\p{Lu}[\\p{L}'’.-]*";
const PARTICLE = '(?:de|da|del|della|di|du|van|von|der|den|le|la|bin|ter|dos|das|y)';
// Particles ("David de Torres") only after the first name: "Laurent Marchaud de Numberly" is a name and a company.
export const NAME = `${TOKEN}(?:\\s+["“][^"”]{1,20}["”])?\\s+(?:${PARTICLE}\\s+){0,2}${TOKEN}(?:\\s+${TOKEN}){0,2}`;
/** A company: capitalised words, with the lowercase joints company names keep ("Kasten by Veeam", "Cockpit io"). */
const FIRM_WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*";
export const COMPANY = `${FIRM_WORD}(?:\\s+(?:${FIRM_WORD}|io|by|labs|inc))*`;

// Capitalised words that start sentences or name things, never a person's first or last name.
const NOT_A_NAME = new Set(
  ('the a an this that these le la les un une des de du ce cette ces et and or ou mais but with avec pour for from chez at in en on sur par by ' +
    'keynote keynotes talk talks conférence conférences conference conferences session sessions panel table ronde day jour track ' +
    'kubernetes docker cloud native cloudnativecon kubecon kcd cncf linux google microsoft amazon aws azure red hat github gitlab open source ' +
    'community days europe north america france paris intro deep dive introduction conclusion merci thanks bravo ' +
    'il elle ils elles nous vous on we they he she it our notre nos leur leurs son sa ses mon ma mes ' +
    'lors après avant pendant during after before when quand comment how why pourquoi what quoi ensuite puis enfin then finally ' +
    'mention spéciale special point bonus fun fact note api sdk cli ui ux ops dev devops sre').split(' '),
);

export const ROLE = /\b(?:engineer|developer|architect|cto|ceo|cio|coo|cpo|vp|manager|consultant|lead|head|director|founder|co-?founder|ingénieure?|développeu(?:r|se)|responsable|directeur|directrice|chef|product owner|sre|devops|maintainer|advocate|evangelist|staff|principal|senior|software|student|étudiante?|freelance|indépendante?|formateur|formatrice|expert|specialist|scientist|researcher|chercheuse?|président|fondateur|fondatrice|owner|member|membre|contributor|contributrice|analyst|officer|tech|technical|programmer|intern|stagiaire)\b/i;

const nameRegex = new RegExp(`^${NAME}$`, 'u');

/** Whether `text` is a person's name as posts write them (not "Kubernetes Community" nor "La Conférence"). */
export function isPersonName(text: string): boolean {
  const name = text.trim();
  if (!nameRegex.test(name)) return false;
  const tokens = name.split(/\s+/).filter((t) => /^\p{Lu}/u.test(t));
  if (tokens.some((t) => NOT_A_NAME.has(t.toLowerCase().replace(/[.'’]+$/, '')))) return false;
  // Contractions belong to titles ("Don’t Stop Believin’"), not names.
  if (/['’](?:t|s|re|ll|ve|d|m)?(?:\s|$)/u.test(`${name} `)) return false;
  // Acronyms only ("AWS GCP") are not people; an upper-case family name after a first name is.
  if (tokens.every((t) => t === t.toUpperCase())) return false;
  return !ROLE.test(name);
}

/** A name or company as plain text, fit for a Speakers line: no markup, brackets or list separators. */
export function plainName(text: string): string {
  return text
    .replace(/[*_`~<>[\]{}#|\\()]/g, ' ')
    .replace(/[,;&]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:et|and)\s+|\s+(?:et|and)$/gi, '')
    .replace(/[.:!?-]+$/, '')
    .trim();
}
