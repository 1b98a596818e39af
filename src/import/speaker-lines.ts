import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { creditsOfLine, type Credit } from './find-speakers.ts';

// "Speakers: ...", "Intervenants :", "Présenté par ...", "Conférence présentée par :", "By: ...".
const SPEAKERS_KEY = /^\s*(?:\*\*|__)?\s*(?:speakers?|intervenant(?:e)?s?|orat(?:eur|rice)s?|panelists?|panélistes?|présentée? par|présentés par|(?:conférence|talk|session|keynote) (?:présentée?|donnée?|animée?) par|presented by|given by|hosted by|by|par|with|avec)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*|^\s*(?:présentée? par|presented by|par|by)\s+/iu;

const OTHER_KEYS = /^\s*(?:\*\*|__)?\s*(?:video|vidéo|slides|tools|outils|kind|type|company|entreprise|id|recording|enregistrement)\s*(?:\*\*|__)?\s*:/iu;

export interface SpeakerLines {
  credits: Credit[];
  /** The blocks (or list items) that only said who spoke: they move into the talk's metadata. */
  consumed: Set<unknown>;
}

/** The speakers a section lists in lines of its own, and the blocks those lines were. */
export function speakerLines(body: readonly RootContent[]): SpeakerLines {
  const credits: Credit[] = [];
  const consumed = new Set<unknown>();
  body.slice(0, 6).forEach((node, index) => {
    if (credits.length) return;
    if (node.type === 'paragraph') {
      const text = toString(node).trim();
      const key = SPEAKERS_KEY.exec(text);
      if (!key) return;
      const value = text.slice(key[0].length).trim();
      const next = body[index + 1];
      if (!value && next?.type === 'list') {
        // "Conférence présentée par :" then one "Name - Role Company" per item.
        const found = next.children.map((item) => creditsOfLine(toString(item))).flat();
        if (found.length) {
          credits.push(...found);
          consumed.add(node).add(next);
        }
        return;
      }
      // "Speaker: Priyanka Ravi, Weaveworks. She walked through...": the line ends with its sentence.
      const sentence = value.split(/(?<=[^\s.]{2})\.\s+(?=\p{Lu})/u)[0];
      const rest = value.slice(sentence.length).trim();
      const found = creditsOfLine(sentence.replace(/\.$/, ''));
      if (found.length && rest) {
        credits.push(...found);
        return;
      }
      // A line is metadata only when it is short; a sentence starting with "Par" is prose.
      if (found.length && value.length < 200 && /^\s*(?:\*\*|__)?\s*[\p{L} ]+\s*(?:\*\*|__)?\s*:/u.test(text)) {
        credits.push(...found);
        consumed.add(node);
      } else if (found.length && /^\s*(?:présentée? par|presented by|par|by)\s/iu.test(text) && /^\p{Lu}/u.test(value) && value.split(/\s+/).length <= 12) {
        credits.push(...found);
        consumed.add(node);
      }
    }
    if (node.type === 'list') {
      for (const item of node.children) {
        const text = toString(item).trim();
        // The other lines of a metadata list ("Video: ...", "Slides: ...") move too; their links are read from the section.
        if (OTHER_KEYS.test(text)) consumed.add(item);
        const key = SPEAKERS_KEY.exec(text);
        if (!key || !/:/.test(key[0])) continue;
        const found = creditsOfLine(text.slice(key[0].length).trim());
        if (found.length) {
          credits.push(...found);
          consumed.add(item);
        }
      }
    }
  });
  return { credits, consumed };
}
