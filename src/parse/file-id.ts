import { idSchema } from '../schemas/common.ts';
import type { ContentReport } from './content-error.ts';

/**
 * The id a content file takes from its name ("content/tools/argo-cd.yaml" -> "argo-cd"), or
 * undefined, reported, when the name cannot be one.
 */
export function idFromFileName(file: string, extension: RegExp, example: string, report: ContentReport): string | undefined {
  const name = file.split('/').pop() ?? file;
  const id = name.replace(extension, '');
  if (idSchema.safeParse(id).success) return id;
  report.error({
    file,
    line: 1,
    field: 'file name',
    message: `"${name}" cannot give an id`,
    expected: `a file name in lowercase letters, digits and hyphens, e.g. ${example}`,
  });
  return undefined;
}
