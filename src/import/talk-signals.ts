import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { nameKey } from '../parse/normalise.ts';
import type { TalkKind } from '../schemas/talk.ts';

// Headings that gather talks, never one: "Keynotes", "Day 1", "Conférences", "Du côté des talks".
const GROUP = /^(?:(?:les|the|nos|our|autres|other|more|quelques|some|du cote des|cote|side|selected|mes|my|favorite|favourite|favoris|best|top|\d+|meilleurs|meilleures|notable|featured|highlighted|great|interesting|selection|de|des|d) )*(?:keynotes|talks|conferences|sessions|tables rondes|round ?tables|panels|lightning talks|workshops|ateliers|tracks|presentations|breakouts?|rex|retours? d experience)(?: (?:du|de la|des|of the|of|d|de|en|in|that|que|qui|we|nous|i|j) .*| (?:du jour|of the day) ?\d*)?$|^(?:day|jour|journee) ?\d+\b|^(?:day|jour|journee) (?:one|two|three|four|un|deux|trois|quatre|zero)\b|^(?:first|second|third|last|final) day\b|^(?:premier|premiere|deuxieme|second|seconde|troisieme|dernier|derniere) jour\b|^(?:monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi)\b/;
// Headings of the post's own prose: "Introduction", "Conclusion", "Wrap-up", the blog's comments.
const PROSE = /^(?:introduction|intro|conclusions?|bilan|wrap ?up|take ?aways?|key takeaways?|summary|resume|en resume|sommaire|table des matieres|table of contents|a propos|about|about me|about us|about the author|remerciements|merci|thanks|thank you|acknowledg\w*|references|liens|links|ressources|resources|commentaires?|comments?|\d+ (?:commentaires?|comments?|responses?|reponses?)|laisser un commentaire|leave a (?:comment|reply)|nous recrutons|we re hiring|join us|rejoignez nous|partager|share|share this|related|related posts?|articles? (?:lies|similaires)|lire aussi|read more|what s next|et ensuite|pour finir|pour conclure|en conclusion|in conclusion|final thoughts|closing thoughts|le mot de la fin|tl ?dr|overview|contexte|context|en bref|recap|autres|others|misc|divers|takeaways|learnings|what i learned|ce que j ai retenu|ce que nous retenons|ce que nous avons retenu|notes?)$/;

const SINGULAR = /\b(?:talk|conférence|conference|présentation|presentation|keynote|session|speaker|speakeuse|intervenante?|oratrice|orateur|démo|demo|lightning|workshop|atelier|panel|table ronde|slides?|vidéo|video|replay|présentée?|presented)(?![\p{L}])/iu;
const PLURAL = /\b(?:talks|conférences|conferences|présentations|presentations|sessions|keynotes)(?![\p{L}])/iu;

/** A title without its section number ("3. Construire..." -> "Construire..."). */
export const withoutNumber = (title: string) => title.replace(/^\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)\-–:]\s+/u, '').trim();

export const isGroupTitle = (title: string) => GROUP.test(nameKey(withoutNumber(title)));
export const isProseTitle = (title: string) => PROSE.test(nameKey(withoutNumber(title)));

/** The kind a heading or a group heading says: keynote, panel, lightning, workshop, deep-dive. */
export function kindIn(text: string): TalkKind | undefined {
  const key = nameKey(text);
  if (/\bkeynotes?\b/.test(key)) return 'keynote';
  if (/\b(?:panels?|tables? rondes?|round ?tables?|fireside chats?)\b/.test(key)) return 'panel';
  if (/\blightning\b/.test(key)) return 'lightning';
  if (/\b(?:workshops?|ateliers?|tutorials?|hands on)\b/.test(key)) return 'workshop';
  if (/\bdeep dive\b/.test(key)) return 'deep-dive';
  return undefined;
}

/** The text of the first blocks of a section, where posts say what the talk was and who gave it. */
export function openingText(body: readonly RootContent[], blocks = 3): string {
  return body
    .filter((node) => node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'list')
    .slice(0, blocks)
    .map((node) => toString(node))
    .join('\n');
}

/** How the opening of a section speaks of talks: of one ("cette conférence"), of several ("deux conférences"), or not. */
export function talkWords(text: string): 'one' | 'several' | 'none' {
  if (SINGULAR.test(text)) return 'one';
  if (PLURAL.test(text)) return 'several';
  return 'none';
}

/** A talk title quoted in the opening: 'La conférence “Automated progressive delivery…”', '“How attackers…” (vidéo) par X'. */
export function quotedTalkTitle(text: string): string | undefined {
  const introduced = /(?:conférence|conference|talk|session|keynote|présentation|presentation|intitulée?|titled|called)\s*:?\s*[“"«]\s*([^”"»\n]{8,160}?)\s*[”"»]/iu.exec(text);
  if (introduced) return introduced[1];
  const leading = /^\s*[“"«]\s*([^”"»\n]{8,160}?)\s*[”"»]\s*(?:\((?:vidéo|video|slides|replay)\)\s*)?(?:par|by|de|from|[–—-])\s/iu.exec(text);
  return leading?.[1];
}
