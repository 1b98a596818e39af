import { isMap, isSeq, parseDocument } from 'yaml';
import type { Edition, Series } from '../schemas/conference.ts';

/**
 * conferences.yaml with a series and an edition added, comments and layout kept (the yaml
 * Document API). Adding what is already there changes nothing, so importing again adds no
 * duplicate.
 */
export function addToConferences(text: string, series: Series | undefined, edition: Edition): string {
  const doc = parseDocument(text);
  const has = (key: string, id: string) => {
    const list = doc.get(key);
    return isSeq(list) && list.items.some((entry) => isMap(entry) && entry.get('id') === id);
  };
  const add = (key: string, value: object) => {
    if (!isSeq(doc.get(key))) doc.set(key, doc.createNode([]));
    const list = doc.get(key);
    if (isSeq(list)) list.items.push(doc.createNode(value));
  };
  const addSeries = series !== undefined && !has('series', series.id);
  const addEdition = !has('editions', edition.id);
  if (!addSeries && !addEdition) return text;
  if (addSeries) add('series', series);
  if (addEdition) add('editions', edition);
  return doc.toString({ lineWidth: 0 });
}
