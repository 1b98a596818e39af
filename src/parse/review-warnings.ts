import type { ContentReport } from './content-error.ts';

/**
 * Each entry of a `review:` list (a recap's or an edition's) as a warning at its own line:
 * the content is valid, but someone still has to check what the entry says.
 */
export function warnReview(
  review: readonly string[] | undefined,
  file: string,
  lineOf: (index: number) => number,
  report: ContentReport,
  what: string,
): void {
  review?.forEach((entry, index) =>
    report.warn({
      file,
      line: lineOf(index),
      field: `review[${index}]`,
      message: `${what}: ${entry}`,
      expected: 'checked by hand, then this entry deleted',
    }),
  );
}
