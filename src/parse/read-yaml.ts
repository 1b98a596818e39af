import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ContentReport } from './content-error.ts';

export type YamlPath = ReadonlyArray<string | number>;

/** A parsed YAML text that can say on which line any of its values stands. */
export interface YamlValue {
  value: unknown;
  lineOf(path: YamlPath): number;
}

/**
 * Parses YAML, reporting syntax errors with their line. `firstLine` is the line of the
 * text's first line in its file (frontmatter starts on line 2).
 */
export function readYaml(text: string, file: string, report: ContentReport, firstLine = 1): YamlValue | undefined {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report.error({
        file,
        line: lineAt(error.pos[0]),
        field: 'YAML',
        message: error.message.split('\n')[0] ?? 'invalid YAML',
        expected: 'valid YAML (key: value, lists with "- ", quotes around values containing ": " or "#")',
      });
    }
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // Some documents parse but cannot become values (an alias to a missing anchor).
    report.error({ file, line: firstLine, field: 'YAML', message: (error as Error).message, expected: 'valid YAML', hint: 'quote values that start with * or &' });
    return undefined;
  }
  return {
    value,
    lineOf(path) {
      // The deepest node that exists on the path: a missing key points at its parent.
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return firstLine;
    },
  };
}
