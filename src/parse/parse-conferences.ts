import { conferencesFileSchema, editionSchema, seriesSchema, type Edition, type Series } from '../schemas/conference.ts';
import type { ContentReport } from './content-error.ts';
import { didYouMean } from './did-you-mean.ts';
import { readYaml } from './read-yaml.ts';
import { warnReview } from './review-warnings.ts';
import { validate } from './validate.ts';

export interface Conferences {
  series: Series[];
  editions: Edition[];
  /** Line of each edition in the file, for messages about it. */
  editionLines: Map<string, number>;
}

/** Reads content/conferences.yaml: the series and their editions, each checked on its own. */
export function parseConferences(file: string, text: string, report: ContentReport): Conferences {
  const result: Conferences = { series: [], editions: [], editionLines: new Map() };
  const yaml = readYaml(text, file, report);
  if (!yaml) return result;
  const top = validate(conferencesFileSchema, yaml.value ?? {}, { file, report, lineOf: yaml.lineOf });
  if (!top) return result;

  const seen = new Set<string>();
  const duplicate = (id: string, line: number, field: string) => {
    if (!seen.has(id)) return seen.add(id) && false;
    report.error({ file, line, field, message: `id "${id}" is used twice`, expected: 'a unique id for each series and edition' });
    return true;
  };

  top.series.forEach((raw, i) => {
    const lineOf = (path: ReadonlyArray<string | number>) => yaml.lineOf(['series', i, ...path]);
    const series = validate(seriesSchema, raw, { file, report, lineOf, field: `series[${i}]` });
    if (series && !duplicate(series.id, lineOf(['id']), `series[${i}].id`)) result.series.push(series);
  });
  const seriesIds = new Set(result.series.map((s) => s.id));

  top.editions.forEach((raw, i) => {
    const lineOf = (path: ReadonlyArray<string | number>) => yaml.lineOf(['editions', i, ...path]);
    const field = `editions[${i}]`;
    const edition = validate(editionSchema, raw, { file, report, lineOf, field });
    if (!edition || duplicate(edition.id, lineOf(['id']), `${field}.id`)) return;
    warnReview(edition.review, file, (index) => lineOf(['review', index]), report, `edition ${edition.id} to review`);
    if (!seriesIds.has(edition.series)) {
      report.error({
        file,
        line: lineOf(['series']),
        field: `${field}.series`,
        message: `unknown series "${edition.series}"`,
        expected: `a series id: ${[...seriesIds].join(', ')}`,
        hint: didYouMean(edition.series, seriesIds),
      });
    }
    if (Number(edition.start.slice(0, 4)) !== edition.year) {
      report.error({
        file,
        line: lineOf(['year']),
        field: `${field}.year`,
        message: `year ${edition.year} disagrees with the start date ${edition.start}`,
        expected: `the year of the edition's dates (${edition.start.slice(0, 4)})`,
      });
    }
    if (edition.end < edition.start) {
      report.error({
        file,
        line: lineOf(['end']),
        field: `${field}.end`,
        message: `the edition ends (${edition.end}) before it starts (${edition.start})`,
        expected: 'an end date on or after the start date',
      });
    }
    result.editions.push(edition);
    result.editionLines.set(edition.id, lineOf([]));
  });
  return result;
}
