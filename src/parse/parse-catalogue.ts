import type { z } from 'zod';
import { idSchema } from '../schemas/common.ts';
import type { ContentReport } from './content-error.ts';
import { readYaml } from './read-yaml.ts';
import { validate } from './validate.ts';

export interface CatalogueFile {
  file: string;
  text: string;
}

export interface CatalogueEntry<T> {
  id: string;
  file: string;
  value: T;
  lineOf(path: ReadonlyArray<string | number>): number;
}

/**
 * A folder of YAML files, one entry per file named after its id (content/tools/argo-cd.yaml):
 * the shape shared by the tool catalogue and the speaker files.
 */
export function parseCatalogue<S extends z.ZodType>(
  files: readonly CatalogueFile[],
  schema: S,
  report: ContentReport,
): CatalogueEntry<z.infer<S>>[] {
  const entries: CatalogueEntry<z.infer<S>>[] = [];
  for (const { file, text } of files) {
    const id = (file.split('/').pop() ?? file).replace(/\.ya?ml$/, '');
    if (!idSchema.safeParse(id).success) {
      report.error({
        file,
        line: 1,
        field: 'file name',
        message: `"${id}" cannot be an id`,
        expected: 'a file name in lowercase letters, digits and hyphens, e.g. argo-cd.yaml',
      });
      continue;
    }
    const yaml = readYaml(text, file, report);
    if (!yaml) continue;
    const value = validate(schema, yaml.value ?? {}, { file, report, lineOf: yaml.lineOf });
    if (value !== undefined) entries.push({ id, file, value, lineOf: yaml.lineOf });
  }
  return entries;
}
