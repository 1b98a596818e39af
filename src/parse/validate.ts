import type { z } from 'zod';
import type { ContentReport } from './content-error.ts';
import { didYouMean } from './did-you-mean.ts';
import type { YamlPath } from './read-yaml.ts';

interface Where {
  file: string;
  report: ContentReport;
  lineOf(path: YamlPath): number;
  /** Prefix of field names, for values nested in a larger file (`editions[2]`). */
  field?: string;
}

function valueAt(input: unknown, path: YamlPath): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function fieldName(prefix: string | undefined, path: YamlPath): string {
  const inner = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
  if (!prefix) return inner || '(file)';
  return inner ? `${prefix}${inner.startsWith('[') ? '' : '.'}${inner}` : prefix;
}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

/**
 * Validates `input` against a zod schema and reports every failure in words a writer
 * understands (zod's own messages can be cryptic: "expected number, received number").
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: Where): z.infer<S> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as YamlPath;
    const value = valueAt(input, path);
    const line = where.lineOf(path);
    const base = { file: where.file, line, field: fieldName(where.field, path) };
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = Object.keys((schema as unknown as { shape?: Record<string, unknown> }).shape ?? {});
        for (const key of issue.keys) {
          where.report.error({
            ...base,
            line: where.lineOf([...path, key]),
            field: fieldName(where.field, [...path, key]),
            message: `unknown key "${key}"`,
            expected: known.length ? `one of: ${known.join(', ')}` : 'no such key',
            hint: didYouMean(key, known),
          });
        }
        break;
      }
      case 'invalid_type':
        where.report.error({
          ...base,
          message: value === undefined ? 'is missing' : `${show(value)} is a ${value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value}`,
          expected: `a ${issue.expected}`,
        });
        break;
      case 'invalid_value':
        where.report.error({
          ...base,
          message: `${show(value)} is not allowed`,
          expected: `one of: ${issue.values.map(String).join(', ')}`,
          hint: typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined,
        });
        break;
      case 'too_small':
        where.report.error({
          ...base,
          message: Array.isArray(value) ? 'is empty' : `${show(value)} is too small`,
          expected: Array.isArray(value) ? 'at least one item' : `at least ${String(issue.minimum)}`,
        });
        break;
      default: {
        // A schema's own check may say how to fix the value (custom issues carry a hint).
        const hint = issue.code === 'custom' ? (issue.params as { hint?: string } | undefined)?.hint : undefined;
        where.report.error({ ...base, message: `${show(value)} is not valid`, expected: issue.message, hint });
      }
    }
  }
  return undefined;
}
