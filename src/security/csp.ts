import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy. Scripts come from the site itself or are the inline
 * scripts of the page, each allowed by its hash (computed from the page as rendered, so a
 * script added or changed in a component needs nothing here); a script in content can never
 * match one. Pagefind compiles its WebAssembly ('wasm-unsafe-eval'), and the search page
 * imports one copy of pagefind.js per language from a blob: URL (Pagefind keeps its state in
 * module scope). Images may come from any https host (notes link them), players only from
 * youtube-nocookie (the video embed).
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
  const hashes = [...new Set(scriptHashes)].sort().map((hash) => `'${hash}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' blob: ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' https:",
    "connect-src 'self'",
    'frame-src https://www.youtube-nocookie.com',
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

// An inline script as Astro writes it: no src attribute, the body up to the first </script>.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP hash of each inline script of a page ('sha256-...'), as browsers compute them. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
}

/**
 * The page with its policy first in its head (after the charset), before any script it governs.
 * A <meta> policy cannot say frame-ancestors: hosts that set headers send the full one
 * (README, "Content-Security-Policy").
 */
export function withContentSecurityPolicy(html: string): string {
  const head = /<head[^>]*>(?:\s*<meta charset=[^>]*>)?/i.exec(html);
  if (!head) return html;
  const policy = contentSecurityPolicy(inlineScriptHashes(html));
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(at)}`;
}
