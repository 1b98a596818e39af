import { describe, expect, it } from 'vitest';
import { findVideos, videoFromShortcode, videoFromUrl } from '../../src/parse/video-url.ts';

describe('videoFromUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0', 'dQw4w9WgXcQ'],
    ['//www.youtube.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/live/dQw4w9WgXcQ?feature=shared', 'dQw4w9WgXcQ'],
  ])('reads the YouTube id of %s', (url, id) => {
    const video = videoFromUrl(url);
    expect(video).toMatchObject({ provider: 'youtube', id, embed: `https://www.youtube-nocookie.com/embed/${id}` });
    expect(video?.watch).toBe(`https://www.youtube.com/watch?v=${id}`);
  });

  it('keeps the start time of a YouTube link', () => {
    expect(videoFromUrl('https://youtu.be/dQw4w9WgXcQ?t=95')?.watch).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=95s');
  });

  it.each([
    ['https://vimeo.com/123456789', '123456789'],
    ['https://vimeo.com/channels/staffpicks/123456789', '123456789'],
    ['https://player.vimeo.com/video/123456789?h=abc', '123456789'],
  ])('reads the Vimeo id of %s', (url, id) => {
    expect(videoFromUrl(url)).toMatchObject({ provider: 'vimeo', id, watch: `https://vimeo.com/${id}`, embed: `https://player.vimeo.com/video/${id}` });
  });

  it.each([
    'https://www.youtube.com/channel/UCabc',
    'https://www.youtube.com/watch?v=a"><script>',
    'javascript:alert(1)',
    'https://example.org/watch?v=dQw4w9WgXcQ',
    'not a url',
  ])('finds no video in %s', (url) => {
    expect(videoFromUrl(url)).toBeUndefined();
  });
});

describe('findVideos and videoFromShortcode', () => {
  it('finds each video of a text once, in order, in links and iframes', () => {
    const text = 'Voir <iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe> et [ici](https://youtu.be/AAAAAAAAAAA) puis https://vimeo.com/1234567.';
    expect(findVideos(text).map((v) => `${v.provider}:${v.id}`)).toEqual(['youtube:AAAAAAAAAAA', 'vimeo:1234567']);
  });

  it('reads Hugo shortcodes', () => {
    expect(videoFromShortcode('{{< youtube w7Ft2ymGmfc >}}')?.id).toBe('w7Ft2ymGmfc');
    expect(videoFromShortcode('{{< youtube id="w7Ft2ymGmfc" autoplay="true" >}}')?.id).toBe('w7Ft2ymGmfc');
    expect(videoFromShortcode('{{< vimeo 146022717 >}}')?.id).toBe('146022717');
    expect(videoFromShortcode('{{< tweet 1 >}}')).toBeUndefined();
  });

  it('reads the Liquid tags of Jekyll and dev.to posts', () => {
    expect(videoFromShortcode('{% youtube w7Ft2ymGmfc %}')?.watch).toBe('https://www.youtube.com/watch?v=w7Ft2ymGmfc');
    expect(videoFromShortcode('{% vimeo 146022717 %}')?.id).toBe('146022717');
    expect(videoFromShortcode('{% include youtube.html id="w7Ft2ymGmfc" %}')).toBeUndefined();
  });
});
