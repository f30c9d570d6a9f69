import { describe, expect, it } from '@jest/globals';
import { excerpt, firstImage, jsonLdText, plainText } from './page-html.js';
import { split, withLanguage } from './page-template.js';
import { pageWords } from './page-words.js';

describe('page HTML helpers', () => {
  it('reads the text of sanitised HTML as a sentence: inline markup joins words, blocks part them, entities decode', () => {
    expect(plainText('<p>We tried <strong>twelve</strong> shapes.</p><ul><li>round</li><li>square &amp; flat</li></ul>')).toBe('We tried twelve shapes. round square & flat');
    expect(plainText('<p>a&lt;b&gt; &#39;q&#39; &#x263A;</p>')).toBe("a<b> 'q' ☺");
  });

  it('cuts a long description at a word, with an ellipsis', () => {
    const long = 'word '.repeat(100).trim();
    const cut = excerpt(long, 50);
    expect([...cut].length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(excerpt('short', 50)).toBe('short');
  });

  it('finds a post\'s first image only when it is a web or site address', () => {
    expect(firstImage('<p><img src="https://img.example/a.png?x=1&amp;y=2" alt=""></p>')).toBe('https://img.example/a.png?x=1&y=2');
    expect(firstImage('<img src="/uploads/2025/01/a.png">')).toBe('/uploads/2025/01/a.png');
    expect(firstImage('<img src="javascript:alert(1)">')).toBeNull();
    expect(firstImage('<img src="//elsewhere.example/a.png">')).toBeNull();
  });

  it('writes JSON-LD that no data can end or break out of', () => {
    const written = jsonLdText({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(written).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(written)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' });
  });

  it('splits index.html where the head tags and the content go', () => {
    const parts = split('<html><head><title>Community</title>\n<script type="module" src="/a.js"></script></head><body><div id="app"></div></body></html>');
    const page = `${parts.head}<title>T</title>${parts.middle}C${parts.tail}`;
    expect(page).toContain('<head><title>T</title>');
    expect(page).toContain('<div id="app">C</div></body>');
    expect(page).not.toContain('Community');
  });

  it('states the community\'s language on the <html> tag, in place of the one the file states', () => {
    expect(withLanguage('<!doctype html>\n<html lang="en" class="x">\n<head>', 'ru')).toBe('<!doctype html>\n<html lang="ru" class="x">\n<head>');
    expect(withLanguage('<html><head>', 'ru')).toBe('<html lang="ru"><head>');
  });

  it('counts in each language\'s plural forms', () => {
    const ru = pageWords('ru');
    expect([1, 2, 5, 11, 21, 22, 25, 0].map((n) => ru.count(n, ru.replies))).toEqual(['1 ответ', '2 ответа', '5 ответов', '11 ответов', '21 ответ', '22 ответа', '25 ответов', '0 ответов']);
    const en = pageWords('en');
    expect([1, 2, 0].map((n) => en.count(n, en.votes))).toEqual(['1 vote', '2 votes', '0 votes']);
  });
});
