// @ts-check
/**
 * Elisions, one rule per language, for the search index: Pagefind takes "d’automatiser" or
 * "dell’osservabilità" for one word, so "automatiser" would find nothing. The indexer is handed
 * the text with a space at each elision (src/search/prepare-html.ts), and the search page
 * joins them again in the excerpts it shows. Both use these rules, by the text's language.
 * A rule applies only to text in its language: "l’" in an English quote stays whole.
 */

/** @typedef {{ before: string[], after?: string[] }} ElisionRule words elided before the apostrophe (l’, dell’) and, in Catalan, pronouns after it (porta’l) */

/** @type {Record<string, ElisionRule>} by base language subtag */
const RULES = {
  fr: { before: ['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu'] },
  it: {
    before: ['c', 'd', 'l', 'm', 'n', 's', 't', 'v', 'un', 'all', 'dall', 'dell', 'nell', 'sull', 'coll', 'quest', 'quell', 'nessun', 'bell', 'sant', 'tutt', 'anch', 'com', 'dov', 'cos', 'mezz'],
  },
  ca: { before: ['d', 'l', 'm', 'n', 's', 't'], after: ['hi', 'ho', 'l', 'ls', 'm', 'n', 'ns', 's', 't', 'us'] },
};

// Where an elided word may start: the start of a text, a space, an opening bracket or quote, a dash.
const START = `(^|[\\s(«"“\\[—–-])`;

/** @type {Map<string, { split: (text: string) => string, join: (text: string) => string } | null>} */
const compiled = new Map();

/** @param {string} lang */
function rulesFor(lang) {
  const base = lang.split('-')[0].toLowerCase();
  if (!compiled.has(base)) {
    const rule = RULES[base];
    if (!rule) compiled.set(base, null);
    else {
      const before = rule.before.join('|');
      const after = rule.after?.join('|');
      const splitBefore = new RegExp(`${START}(${before})(['’])(?=\\p{L})`, 'giu');
      const joinBefore = new RegExp(`${START}(${before})(['’]) (?=<mark>|\\p{L})`, 'giu');
      const splitAfter = after ? new RegExp(`(?<=\\p{L})(['’])(${after})(?!\\p{L})`, 'giu') : undefined;
      const joinAfter = after ? new RegExp(`(?<=\\p{L}|</mark>) (['’])(${after})(?!\\p{L})`, 'giu') : undefined;
      compiled.set(base, {
        split: (text) => {
          const split = text.replace(splitBefore, '$1$2$3 ');
          return splitAfter ? split.replace(splitAfter, ' $1$2') : split;
        },
        join: (text) => {
          const joined = text.replace(joinBefore, '$1$2$3');
          return joinAfter ? joined.replace(joinAfter, '$1$2') : joined;
        },
      });
    }
  }
  return compiled.get(base) ?? undefined;
}

/** Whether a language has elisions to split. */
export const hasElisions = (/** @type {string} */ lang) => rulesFor(lang) !== undefined;

/**
 * Text with a space at each elision of its language, for the indexer: "l’ opérateur".
 * @param {string} text @param {string} lang
 */
export const splitElisions = (text, lang) => rulesFor(lang)?.split(text) ?? text;

/**
 * An excerpt as the writer wrote it: "l’ <mark>opérateur</mark>" -> "l’<mark>opérateur</mark>".
 * @param {string} excerpt @param {string} lang
 */
export const joinElisions = (excerpt, lang) => rulesFor(lang)?.join(excerpt) ?? excerpt;
