/**
 * The one video-URL extractor of the site: the talk's `Video:` value, an embedded player in the
 * notes and the importer all read videos through it. A video is a YouTube or Vimeo video with its
 * id; `watch` is the canonical page a reader opens, `embed` the privacy-friendly player.
 */
export interface Video {
  provider: 'youtube' | 'vimeo';
  id: string;
  watch: string;
  embed: string;
}

const YOUTUBE_ID = /^[\w-]{6,20}$/;
const VIMEO_ID = /^\d{5,12}$/;

function youtube(id: string | null | undefined, start?: string | null): Video | undefined {
  if (!id || !YOUTUBE_ID.test(id)) return undefined;
  const t = start && /^\d+s?$/.test(start) ? `&t=${start.replace(/s$/, '')}s` : '';
  return { provider: 'youtube', id, watch: `https://www.youtube.com/watch?v=${id}${t}`, embed: `https://www.youtube-nocookie.com/embed/${id}` };
}

function vimeo(id: string | undefined): Video | undefined {
  if (!id || !VIMEO_ID.test(id)) return undefined;
  return { provider: 'vimeo', id, watch: `https://vimeo.com/${id}`, embed: `https://player.vimeo.com/video/${id}` };
}

/**
 * The video a URL points to: YouTube `watch?v=`, `youtu.be/`, `/embed/`, `/shorts/`, `/live/`,
 * `/v/`, youtube-nocookie, music and mobile hosts, and Vimeo pages and players. Protocol-relative
 * URLs (`//www.youtube.com/embed/...`, as iframes often write them) are read as https.
 */
export function videoFromUrl(raw: string): Video | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim().replace(/^\/\//, 'https://'));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^(www|m|music)\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  const start = url.searchParams.get('t') ?? url.searchParams.get('start');
  if (host === 'youtu.be') return youtube(parts[0], start);
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (parts[0] === 'watch') return youtube(url.searchParams.get('v'), start);
    if (['embed', 'shorts', 'live', 'v', 'e'].includes(parts[0] ?? '')) return youtube(parts[1], start);
    return undefined;
  }
  if (host === 'vimeo.com') return vimeo(parts.find((part) => VIMEO_ID.test(part)));
  if (host === 'player.vimeo.com' && parts[0] === 'video') return vimeo(parts[1]);
  return undefined;
}

/** Every video linked in a text, in order, once each (by provider and id). */
export function findVideos(text: string): Video[] {
  const found = new Map<string, Video>();
  for (const [candidate] of text.matchAll(/(?:https?:)?\/\/[^\s"'<>()[\]]+/gi)) {
    // A URL ending a sentence does not take its full stop with it.
    const video = videoFromUrl(candidate.replace(/[.,;:!?]+$/, ''));
    if (video && !found.has(`${video.provider}:${video.id}`)) found.set(`${video.provider}:${video.id}`, video);
  }
  return [...found.values()];
}

/**
 * A Hugo shortcode `{{< youtube ID >}}` / `{{< youtube id="ID" >}}` / `{{< vimeo ID >}}`, or the
 * Liquid tag Jekyll and dev.to write, `{% youtube ID %}` / `{% vimeo ID %}`.
 */
export function videoFromShortcode(text: string): Video | undefined {
  const match = /\{(?:\{[<%]|%)\s*(youtube|vimeo)\s+(?:id=)?["']?([\w-]+)["']?[^}]*(?:[>%]\}\}|%\})/i.exec(text);
  if (!match) return undefined;
  return match[1].toLowerCase() === 'youtube' ? youtube(match[2]) : vimeo(match[2]);
}
