import type { List, ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ContentReport } from './content-error.ts';
import { didYouMean } from './did-you-mean.ts';
import { nameKey } from './normalise.ts';

/** The metadata keys of a talk, each with the spellings writers use in English and French. */
const KEY_SPELLINGS = {
  speakers: ['speakers', 'speaker', 'intervenants', 'intervenant', 'orateurs', 'orateur', 'par'],
  company: ['company', 'entreprise'],
  video: ['video'],
  slides: ['slides'],
  tools: ['tools', 'outils'],
  kind: ['kind', 'type'],
  id: ['id'],
} as const;

export type MetadataKey = keyof typeof KEY_SPELLINGS;

const KEY_BY_SPELLING = new Map<string, MetadataKey>(
  Object.entries(KEY_SPELLINGS).flatMap(([key, spellings]) => spellings.map((s) => [s, key as MetadataKey])),
);
const ALL_SPELLINGS = [...KEY_BY_SPELLING.keys()];
export const METADATA_KEYS_HELP = 'Speakers, Company, Video, Slides, Tools, Kind, Id (or Intervenants, Entreprise, Vidéo, Outils, Type)';

export interface MetadataEntry {
  key: MetadataKey;
  /** The key as written, for messages. */
  written: string;
  value: string;
  /** The URL of a link that is the whole value ("[vidéo](https://...)"), if it is one. */
  url?: string;
  line: number;
}

interface ItemKey {
  written: string;
  value: string;
  url?: string;
  line: number;
}

/** Reads "Key: value" from a list item, or undefined when it is not written that way. */
function readItem(item: ListItem): ItemKey | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph' || item.children.length > 1) return undefined;
  const first = paragraph.children[0];
  if (first?.type !== 'text') return undefined;
  const match = /^\s*([\p{L}][\p{L} -]{0,24}?)\s*:\s*/u.exec(first.value);
  if (!match) return undefined;
  const text = toString(paragraph as Paragraph);
  // Only a link standing alone is the value: a bare address followed by more text or markup
  // ("https://...abc\"><script>") is read whole, so the check sees what follows it.
  const rest = paragraph.children.slice(1).filter((child) => !(child.type === 'text' && !child.value.trim()));
  const url = rest.length === 1 && rest[0].type === 'link' && !first.value.slice(match[0].length).trim() ? rest[0].url : undefined;
  return {
    written: match[1],
    value: text.slice(text.indexOf(':') + 1).trim(),
    url,
    line: item.position?.start.line ?? 0,
  };
}

/**
 * A list right after a heading is the talk's metadata when one of its keys is (or nearly is)
 * a metadata key; then every item must be a known key. Returns undefined for an ordinary list.
 */
export function readMetadataList(list: List, file: string, report: ContentReport): MetadataEntry[] | undefined {
  const items = list.children.map(readItem);
  const looksLikeMetadata = items.some((item) => {
    if (!item) return false;
    const key = nameKey(item.written);
    return KEY_BY_SPELLING.has(key) || (key.length > 3 && didYouMean(key, ALL_SPELLINGS) !== undefined);
  });
  if (!looksLikeMetadata) return undefined;

  const entries: MetadataEntry[] = [];
  const seen = new Set<MetadataKey>();
  list.children.forEach((listItem, index) => {
    const item = items[index];
    const line = listItem.position?.start.line ?? 0;
    if (!item) {
      report.error({
        file,
        line,
        field: 'talk metadata',
        message: `"${toString(listItem).slice(0, 40)}" is not a "Key: value" line`,
        expected: `one "Key: value" per line, with a key among ${METADATA_KEYS_HELP}`,
        hint: 'leave an empty paragraph between the metadata list and a list of the notes',
      });
      return;
    }
    const key = KEY_BY_SPELLING.get(nameKey(item.written));
    if (!key) {
      report.error({
        file,
        line,
        field: item.written,
        message: `unknown metadata key "${item.written}"`,
        expected: `one of ${METADATA_KEYS_HELP}`,
        hint: didYouMean(nameKey(item.written), ALL_SPELLINGS),
      });
      return;
    }
    if (seen.has(key)) {
      report.error({ file, line, field: item.written, message: `"${item.written}" is given twice`, expected: 'each key once per talk' });
      return;
    }
    seen.add(key);
    entries.push({ key, written: item.written, value: item.value, url: item.url, line: item.line });
  });
  return entries;
}
