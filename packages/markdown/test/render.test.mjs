import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MARKDOWN_LIMITS, renderMarkdown } from '../dist/index.js';

const REL = 'rel="nofollow ugc noopener"';
const html = (source, options) => renderMarkdown(source, options).html;

describe('Markdown a member writes renders as they expect', () => {
  test('headings sit below the page title: # becomes h3, ## h4, deeper ones stop at h6', () => {
    assert.equal(html('# One\n\n## Two\n\n### Three\n\n#### Four\n\n###### Six'), [
      '<h3>One</h3>',
      '<h4>Two</h4>',
      '<h5>Three</h5>',
      '<h6>Four</h6>',
      '<h6>Six</h6>',
      '',
    ].join('\n'));
    assert.equal(html('Setext\n======'), '<h3>Setext</h3>\n');
  });

  test('emphasis, strong and GFM strikethrough', () => {
    assert.equal(
      html('*em* **strong** ~~gone~~'),
      '<p><em>em</em> <strong>strong</strong> <del>gone</del></p>\n',
    );
  });

  test('paragraphs, hard breaks, rules and block quotes', () => {
    assert.equal(
      html('line one  \nline two\nline three\n\n---\n\n> quoted'),
      '<p>line one<br>\nline two\nline three</p>\n<hr>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n',
    );
  });

  test('bullet and ordered lists, an ordered list keeps its start number', () => {
    assert.equal(html('- a\n- b'), '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n');
    assert.equal(html('3. c\n4. d'), '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\n');
  });

  test('inline code, indented code and fenced code with its language', () => {
    assert.equal(html('use `a < b`'), '<p>use <code>a &lt; b</code></p>\n');
    assert.equal(html('    indented <b>\n'), '<pre><code>indented &lt;b&gt;\n</code></pre>\n');
    assert.equal(
      html('```ts\nconst x = 1 < 2;\n```'),
      '<pre><code class="language-ts">const x = 1 &lt; 2;\n</code></pre>\n',
    );
  });

  test('a fence whose language is not a plain name gets no class', () => {
    assert.equal(html('```"><script>alert(1)</script>\nx\n```'), '<pre><code>x\n</code></pre>\n');
  });

  test('GFM tables keep their column alignment as align attributes', () => {
    assert.equal(
      html('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |'),
      [
        '<table>',
        '<thead>',
        '<tr>',
        '<th align="left">a</th>',
        '<th align="center">b</th>',
        '<th align="right">c</th>',
        '</tr>',
        '</thead>',
        '<tbody>',
        '<tr>',
        '<td align="left">1</td>',
        '<td align="center">2</td>',
        '<td align="right">3</td>',
        '</tr>',
        '</tbody>',
        '</table>',
        '',
      ].join('\n'),
    );
  });

  test('links get rel="nofollow ugc noopener" and never a target', () => {
    const result = renderMarkdown(
      '[site](https://example.com/a?b=1&c=2 "Title") [topic](/t/some-topic) [mail](mailto:a@example.org) [top](#top)',
    );
    assert.equal(
      result.html,
      '<p>' +
        `<a href="https://example.com/a?b=1&amp;c=2" title="Title" ${REL}>site</a> ` +
        `<a href="/t/some-topic" ${REL}>topic</a> ` +
        `<a href="mailto:a@example.org" ${REL}>mail</a> ` +
        `<a href="#top" ${REL}>top</a>` +
        '</p>\n',
    );
    assert.equal(result.links, 4);
    assert.doesNotMatch(result.html, /target=/);
  });

  test('links to other schemes stay as the text that was typed', () => {
    const result = renderMarkdown('[ftp](ftp://example.com/f) [tel](tel:123) [odd](foo:bar)');
    assert.equal(result.html, '<p>[ftp](ftp://example.com/f) [tel](tel:123) [odd](foo:bar)</p>\n');
    assert.equal(result.links, 0);
  });

  test('autolinks: <url>, bare http(s) URLs, www. addresses and e-mail addresses', () => {
    const result = renderMarkdown(
      '<https://a.example/x> and https://b.example/y, www.c.example/z. Write to d@example.org',
    );
    assert.equal(
      result.html,
      '<p>' +
        `<a href="https://a.example/x" ${REL}>https://a.example/x</a> and ` +
        `<a href="https://b.example/y" ${REL}>https://b.example/y</a>, ` +
        `<a href="http://www.c.example/z" ${REL}>www.c.example/z</a>. Write to ` +
        `<a href="mailto:d@example.org" ${REL}>d@example.org</a>` +
        '</p>\n',
    );
    assert.equal(result.links, 4);
  });

  test('file names and ftp URLs are not turned into links', () => {
    assert.equal(html('see README.md and ftp://example.com/f'), '<p>see README.md and ftp://example.com/f</p>\n');
  });

  test('images from http(s) and /uploads/ load lazily and are listed once each', () => {
    const result = renderMarkdown(
      '![cat](/uploads/2024/cat.png "Our cat") ![dog](https://cdn.example/dog.jpg) ![again](/uploads/2024/cat.png)',
    );
    assert.equal(
      result.html,
      '<p>' +
        '<img src="/uploads/2024/cat.png" alt="cat" title="Our cat" loading="lazy"> ' +
        '<img src="https://cdn.example/dog.jpg" alt="dog" loading="lazy"> ' +
        '<img src="/uploads/2024/cat.png" alt="again" loading="lazy">' +
        '</p>\n',
    );
    assert.deepEqual(result.images, ['/uploads/2024/cat.png', 'https://cdn.example/dog.jpg']);
    assert.equal(result.links, 0);
  });

  test('images from anywhere else are not shown: a link-safe URL leaves the description, others the source', () => {
    const result = renderMarkdown(
      '![a](/other/a.png) ![b](//evil.example/b.png) ![c](/uploads/../secret.png) ![d](/uploads/%2e%2e/secret.png) ![e](ftp://x.example/e.png)',
    );
    assert.equal(result.html, '<p>a b c d ![e](ftp://x.example/e.png)</p>\n');
    assert.deepEqual(result.images, []);
  });

  test('raw HTML is shown as text, not interpreted', () => {
    assert.equal(html('<b>bold</b> & <i>'), '<p>&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;</p>\n');
    assert.equal(html('<div>\nblock\n</div>'), '<p>&lt;div&gt;\nblock\n&lt;/div&gt;</p>\n');
  });

  test('typographer is off: quotes and dashes stay as typed', () => {
    assert.equal(html('"quoted" -- (c)'), '<p>&quot;quoted&quot; -- (c)</p>\n');
  });

  test('an empty post renders to nothing', () => {
    assert.deepEqual(renderMarkdown(''), { html: '', mentions: [], handles: [], quotes: [], links: 0, images: [] });
  });
});

describe('mentions', () => {
  const mention = (handle, shown = handle) => `<a class="mention" href="/u/${handle}" ${REL}>@${shown}</a>`;

  test('@handle links to the profile and is returned lower-cased, once', () => {
    const result = renderMarkdown('Thanks @Alice_1! cc @bob, @alice_1 and @BOB.');
    assert.equal(
      result.html,
      `<p>Thanks ${mention('alice_1', 'Alice_1')}! cc ${mention('bob')}, ${mention('alice_1')} and ${mention('bob', 'BOB')}.</p>\n`,
    );
    assert.deepEqual(result.mentions, ['alice_1', 'bob']);
    assert.equal(result.links, 0, 'mention links are not counted as links');
  });

  test('mentions in headings, lists and emphasis count too', () => {
    const result = renderMarkdown('# Hi @ann\n\n- @bea\n\n*@cid*');
    assert.deepEqual(result.mentions, ['ann', 'bea', 'cid']);
  });

  test('code spans and code blocks are not searched for mentions', () => {
    const result = renderMarkdown('`@alice` and\n\n    @bob\n\n```\n@carol\n```');
    assert.deepEqual(result.mentions, []);
    assert.doesNotMatch(result.html, /class="mention"/);
  });

  test('e-mail addresses and URLs are not mentions', () => {
    const result = renderMarkdown('mail bob@example.com or carol@localhost, see https://example.com/@dave and x.com/@erin');
    assert.deepEqual(result.mentions, []);
    assert.doesNotMatch(result.html, /class="mention"/);
  });

  test('handles of the wrong length, escaped @ and link texts are not mentions', () => {
    const result = renderMarkdown(
      '@ab @abcdefghijklmnopqrstu \\@alice &#64;alice @bob@example.com [@carol](https://x.example) ![@dave](/uploads/d.png)',
    );
    assert.deepEqual(result.mentions, []);
    assert.doesNotMatch(result.html, /class="mention"/);
  });

  test('20 characters is still a handle', () => {
    assert.deepEqual(renderMarkdown('@abcdefghijklmnopqrst').mentions, ['abcdefghijklmnopqrst']);
  });

  test('a handle the resolver rejects stays plain text and is not returned', () => {
    const asked = [];
    const result = renderMarkdown('@Alice @ghost @alice @GHOST', {
      resolveMention: (handle) => {
        asked.push(handle);
        return handle === 'alice';
      },
    });
    assert.equal(result.html, `<p>${mention('alice', 'Alice')} @ghost ${mention('alice')} @GHOST</p>\n`);
    assert.deepEqual(result.mentions, ['alice']);
    assert.deepEqual(asked, ['alice', 'ghost'], 'the resolver is asked once per lower-cased handle');
  });

  test('at most 50 handles are returned and linked', () => {
    const handles = Array.from({ length: 60 }, (_, i) => `user${String(i).padStart(2, '0')}`);
    const result = renderMarkdown(handles.map((h) => `@${h}`).join(' '));
    assert.deepEqual(result.mentions, handles.slice(0, 50));
    assert.equal(result.html.match(/class="mention"/g).length, 50);
    assert.match(result.html, / @user50 /);
  });

  test('mentions inside a quote are linked but notify nobody', () => {
    const result = renderMarkdown('[quote="alice"]\nping @bob\n[/quote]\n\nhello @carol');
    assert.match(result.html, new RegExp(mention('bob')));
    assert.deepEqual(result.mentions, ['carol']);
  });
});

describe('quotes', () => {
  const POST_ID = '0b7c1f3e-2a4d-4e5f-8a9b-1c2d3e4f5a6b';

  test('[quote="handle, post:<uuid>"] renders a quote block with its author', () => {
    const result = renderMarkdown(`[quote="Alice, post:${POST_ID.toUpperCase()}"]\nSome **bold** words\n[/quote]\n\nMy reply`);
    assert.equal(
      result.html,
      `<blockquote class="quote" data-post-id="${POST_ID}" data-handle="alice">\n` +
        '<div class="quote-author">Alice<span class="quote-said"></span></div>\n' +
        '<p>Some <strong>bold</strong> words</p>\n' +
        '</blockquote>\n' +
        '<p>My reply</p>\n',
    );
    assert.deepEqual(result.quotes, [{ postId: POST_ID, handle: 'alice' }]);
  });

  test('[quote="handle, post:<uuid>, topic:<uuid>/<n>"] links its author to the quoted post', () => {
    const TOPIC_ID = '1a7c1f3e-2a4d-4e5f-8a9b-1c2d3e4f5a6b';
    const result = renderMarkdown(`[quote="Alice, post:${POST_ID}, topic:${TOPIC_ID.toUpperCase()}/12"]\nhi\n[/quote]`);
    assert.equal(
      result.html,
      `<blockquote class="quote" data-post-id="${POST_ID}" data-handle="alice">\n` +
        `<div class="quote-author"><a class="quote-source" href="/t/${TOPIC_ID}/12" rel="nofollow ugc noopener">Alice</a><span class="quote-said"></span></div>\n` +
        '<p>hi</p>\n</blockquote>\n',
    );
    assert.deepEqual(result.quotes, [{ postId: POST_ID, handle: 'alice' }]);
    // The link to the quoted post is ours, not the author's: link limits do not count it.
    assert.equal(result.links, 0);
  });

  test('a quote may sit on one line, name only its author, or nobody', () => {
    const result = renderMarkdown(`[quote="bob, post:${POST_ID}"]short[/quote]\n\n[quote="carol"]\nx\n[/quote]\n\n[quote]\ny\n[/quote]`);
    assert.deepEqual(result.quotes, [{ postId: POST_ID, handle: 'bob' }, { handle: 'carol' }, {}]);
    assert.match(result.html, /<p>short<\/p>/);
    assert.match(result.html, /<blockquote class="quote">\n<p>y<\/p>\n<\/blockquote>/);
  });

  test('quotes nest, and a quote can follow a paragraph line directly', () => {
    const result = renderMarkdown('Earlier:\n[quote="ann"]\nouter\n[quote="ben"]\ninner\n[/quote]\n[/quote]');
    assert.deepEqual(result.quotes, [{ handle: 'ann' }, { handle: 'ben' }]);
    assert.equal(
      result.html,
      '<p>Earlier:</p>\n' +
        '<blockquote class="quote" data-handle="ann">\n<div class="quote-author">ann<span class="quote-said"></span></div>\n<p>outer</p>\n' +
        '<blockquote class="quote" data-handle="ben">\n<div class="quote-author">ben<span class="quote-said"></span></div>\n<p>inner</p>\n' +
        '</blockquote>\n</blockquote>\n',
    );
  });

  test('the quoted text is rendered and sanitised like the rest of the post', () => {
    const result = renderMarkdown('[quote="bob"]\n<script>alert(1)</script> [x](javascript:alert(1)) ![i](/uploads/i.png)\n[/quote]');
    assert.match(result.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; \[x\]\(javascript:alert\(1\)\)/);
    assert.deepEqual(result.images, ['/uploads/i.png']);
  });

  for (const [name, source] of [
    ['a post id that is not a UUID', '[quote="bob, post:1"]\nx\n[/quote]'],
    ['a handle that is too short', `[quote="bo, post:${POST_ID}"]\nx\n[/quote]`],
    ['a handle with a dash', '[quote="bob-by"]\nx\n[/quote]'],
    ['extra attributes', `[quote="bob, post:${POST_ID}, topic:3"]\nx\n[/quote]`],
    ['a topic that is not a UUID', `[quote="bob, post:${POST_ID}, topic:1/2"]\nx\n[/quote]`],
    ['a post number that is not a number', `[quote="bob, post:${POST_ID}, topic:${POST_ID}/0"]\nx\n[/quote]`],
    ['a topic without a post', `[quote="bob, topic:${POST_ID}/2"]\nx\n[/quote]`],
    ['an attribute breaking out of its quotes', '[quote="x\\" onmouseover=\\"alert(1), post:1"]hi[/quote]'],
    ['an unquoted attribute', '[quote=bob]\nx\n[/quote]'],
    ['no closing tag', '[quote="bob"]\nnever closed'],
  ]) {
    test(`${name}: stays plain text`, () => {
      const result = renderMarkdown(source);
      assert.deepEqual(result.quotes, []);
      assert.doesNotMatch(result.html, /<blockquote/);
      assert.match(result.html, /^<p>\[quote/);
    });
  }

  test('with a resolver, a quote names its author by display name, linked to the quoted post, the handle in the title', () => {
    const TOPIC_ID = '7e57ab1e-0000-4000-8000-00000000abcd';
    const asked = [];
    const result = renderMarkdown(`[quote="Alice, post:${POST_ID}, topic:${TOPIC_ID}/3"]\nhi\n[/quote]\n\n[quote="alice"]\nagain\n[/quote]`, {
      resolveQuoteAuthor: (handle) => {
        asked.push(handle);
        return handle === 'alice' ? 'Alice <Liddell> & "Co"' : undefined;
      },
    });
    assert.equal(
      result.html,
      `<blockquote class="quote" data-post-id="${POST_ID}" data-handle="alice">\n` +
        `<div class="quote-author"><a class="quote-source" href="/t/${TOPIC_ID}/3" title="@alice" ${REL}>Alice &lt;Liddell&gt; &amp; &quot;Co&quot;</a><span class="quote-said"></span></div>\n` +
        '<p>hi</p>\n</blockquote>\n' +
        '<blockquote class="quote" data-handle="alice">\n' +
        `<div class="quote-author"><a class="quote-source" href="/u/alice" title="@alice" ${REL}>Alice &lt;Liddell&gt; &amp; &quot;Co&quot;</a><span class="quote-said"></span></div>\n` +
        '<p>again</p>\n</blockquote>\n',
    );
    assert.deepEqual(asked, ['alice'], 'the resolver is asked once per lower-cased handle');
    assert.equal(result.links, 0, 'the attribution links are ours: link limits do not count them');
  });

  test('a handle the quote resolver does not know falls back to the handle as written', () => {
    const result = renderMarkdown(`[quote="Ghost_1, post:${POST_ID}"]\nboo\n[/quote]\n\n[quote="blank"]\nx\n[/quote]`, {
      resolveQuoteAuthor: (handle) => (handle === 'blank' ? '   ' : undefined),
    });
    assert.match(result.html, /<div class="quote-author">Ghost_1<span class="quote-said"><\/span><\/div>/);
    assert.match(result.html, /<div class="quote-author">blank<span class="quote-said"><\/span><\/div>/);
    assert.doesNotMatch(result.html, /title=/);
  });

  test('handles lists every member a post names, quoted authors and mentions inside quotes included, once each', () => {
    const result = renderMarkdown('[quote="Ann"]\nping @bob and @ANN\n[/quote]\n\n@carol @bob\n\n[quote]\n@dave\n[/quote]\n\n`@code_only`');
    assert.deepEqual(result.handles, ['ann', 'bob', 'carol', 'dave']);
    assert.deepEqual(result.mentions, ['carol', 'bob']);
  });

  test('a display name that looks like Markdown or a mention stays text', () => {
    const result = renderMarkdown('[quote="bob"]\nx\n[/quote]', { resolveQuoteAuthor: () => '**Bob** @carol [x](javascript:alert(1))' });
    assert.match(result.html, />\*\*Bob\*\* @carol \[x\]\(javascript:alert\(1\)\)<\/a>/);
    assert.deepEqual(result.handles, ['bob']);
  });

  test('a quote tag inside code is code', () => {
    const result = renderMarkdown('```\n[quote="bob"]\nx\n[/quote]\n```');
    assert.deepEqual(result.quotes, []);
    assert.equal(result.html, '<pre><code>[quote=&quot;bob&quot;]\nx\n[/quote]\n</code></pre>\n');
  });
});

describe('source length limit', () => {
  test('MARKDOWN_LIMITS allows 50,000 characters', () => {
    assert.deepEqual(MARKDOWN_LIMITS, { maxSourceChars: 50_000 });
  });

  test('a 50,000-character post renders', () => {
    const source = 'word '.repeat(10_000);
    assert.equal(source.length, 50_000);
    const result = renderMarkdown(source);
    assert.ok(result.html.startsWith('<p>word word'));
  });

  test('a 50,001-character post is refused with a RangeError', () => {
    assert.throws(() => renderMarkdown('x'.repeat(50_001)), RangeError);
  });
});
