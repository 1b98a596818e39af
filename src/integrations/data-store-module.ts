import type { AstroIntegration } from 'astro';

/** Astro's module of the content store (astro/dist/content/consts.js), as Vite resolves it. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
const PREFIX = 'export default JSON.parse("';
const SUFFIX = '")';
/** Pieces small enough for V8 to read at full speed. */
const PIECE = 64 * 1024;

/** The module's code with its one literal cut into pieces; undefined when there is nothing to cut. */
export function splitStoreLiteral(code: string): string | undefined {
  const body = code.trimEnd();
  if (body.length <= PIECE || !body.startsWith(PREFIX) || !body.endsWith(SUFFIX)) return undefined;
  // A literal JSON.stringify wrote is JSON: decoded, cut, and each piece written as its own literal (no escape is ever split).
  let text: unknown;
  try {
    text = JSON.parse(body.slice(PREFIX.length - 1, -1));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += PIECE) pieces.push(JSON.stringify(text.slice(at, at + PIECE)));
  return `export default JSON.parse([\n${pieces.join(',\n')}\n].join(''))`;
}

/**
 * Astro hands the content store to the pages as one module, `export default JSON.parse("…")`:
 * a single string literal of the whole store (49 MB at 10,000 talks). V8 reads a literal that
 * large very slowly: importing that module took 30 s, where the same text in 64 KB literals,
 * joined, takes 2.7 s. Every build pays it, and every rebuild after an edit (Node's compile
 * cache keeps it only while the store is unchanged). This rewrites the module into pieces;
 * the value it exports is the same.
 */
export function dataStoreModule(): AstroIntegration {
  return {
    name: 'confnotes-data-store-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'confnotes-data-store-module',
                transform: {
                  filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
                  handler(code: string) {
                    const split = splitStoreLiteral(code);
                    return split === undefined ? undefined : { code: split, map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
