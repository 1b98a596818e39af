import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { findVideos, videoFromShortcode, type Video } from '../parse/video-url.ts';

/** The slides hosts a talk's deck lives on: sched, Speaker Deck, SlideShare, Google Slides. */
export function isSlidesUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'speakerdeck.com' || host.endsWith('slideshare.net')) return url.pathname.split('/').filter(Boolean).length >= 2;
  if (host === 'docs.google.com') return url.pathname.startsWith('/presentation/');
  if (host.endsWith('sched.com') || host.endsWith('sched.org')) return /\/event\/|\.pdf$/i.test(url.pathname);
  return false;
}

/** Every address a part of the post links or embeds: links, bare URLs, iframes and Hugo shortcodes. */
function addresses(nodes: readonly Nodes[]): { urls: string[]; shortcodeVideos: Video[] } {
  const urls: string[] = [];
  const shortcodeVideos: Video[] = [];
  for (const node of nodes) {
    visit(node, (child) => {
      if (child.type === 'link' || child.type === 'image' || child.type === 'definition') urls.push(child.url);
      if (child.type === 'text' || child.type === 'html') {
        for (const [url] of child.value.matchAll(/(?:https?:)?\/\/[^\s"'<>()[\]]+/gi)) urls.push(url.replace(/[.,;:!?]+$/, ''));
        // Hugo shortcodes ({{< youtube ID >}}) and Liquid tags ({% youtube ID %}).
        for (const code of child.value.matchAll(/\{\{[<%][^}]*[>%]\}\}|\{%[^}]*%\}/g)) {
          const video = videoFromShortcode(code[0]);
          if (video) shortcodeVideos.push(video);
        }
      }
    });
  }
  return { urls, shortcodeVideos };
}

export interface TalkLinks {
  videos: Video[];
  slides?: string;
}

/** The videos (through the site's one extractor) and the slides a talk's section links to. */
export function findLinks(nodes: readonly Nodes[]): TalkLinks {
  const { urls, shortcodeVideos } = addresses(nodes);
  const videos = new Map<string, Video>();
  for (const video of [...findVideos(urls.join(' ')), ...shortcodeVideos]) videos.set(`${video.provider}:${video.id}`, video);
  return { videos: [...videos.values()], slides: urls.find(isSlidesUrl) };
}
