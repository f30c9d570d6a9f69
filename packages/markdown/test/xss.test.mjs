import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFragment } from 'parse5';
import { renderMarkdown } from '../dist/index.js';

/**
 * The contract for rendered posts, written out independently of the package so that a mistake in
 * its allow-list does not hide here: these elements, these attributes, nothing else.
 */
const ALLOWED = {
  p: [],
  br: [],
  hr: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  strong: [],
  em: [],
  del: [],
  code: ['class'],
  pre: [],
  blockquote: ['class', 'data-post-id', 'data-handle'],
  div: ['class'],
  span: ['class'],
  ul: [],
  ol: ['start'],
  li: [],
  a: ['href', 'title', 'rel', 'class'],
  img: ['src', 'alt', 'title', 'loading'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['align'],
  td: ['align'],
};
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const LINK_SCHEMES = ['http', 'https', 'mailto'];
const IMAGE_SCHEMES = ['http', 'https'];

/**
 * The scheme a browser would act on: parse5 has already decoded entities; browsers also ignore
 * whitespace and control characters inside a URL. Null for a relative URL.
 */
function schemeOf(url) {
  const stripped = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(stripped);
  if (scheme) return scheme[1];
  const firstSegment = stripped.split(/[/?#]/, 1)[0];
  return firstSegment.includes(':') ? 'unparseable' : null;
}

/** Parses `html` as a browser would and lists every way it breaks the contract. */
function problemsIn(html) {
  const problems = [];
  const visit = (node) => {
    if (node.nodeName === '#comment') problems.push(`comment <!--${node.data}-->`);
    if (node.tagName) {
      const tag = node.tagName;
      if (node.namespaceURI !== HTML_NAMESPACE) problems.push(`<${tag}> in namespace ${node.namespaceURI}`);
      if (!Object.hasOwn(ALLOWED, tag)) problems.push(`element <${tag}>`);
      for (const { name, value } of node.attrs) {
        if (/^on/i.test(name)) problems.push(`event handler ${name} on <${tag}>`);
        if (name === 'style') problems.push(`style on <${tag}>`);
        if (!ALLOWED[tag]?.includes(name)) problems.push(`attribute ${name} on <${tag}>`);
        if (name === 'href' || name === 'src') {
          const scheme = schemeOf(value);
          const allowed = name === 'src' ? IMAGE_SCHEMES : LINK_SCHEMES;
          if (scheme !== null && !allowed.includes(scheme)) problems.push(`${name}="${value}" on <${tag}>`);
        }
      }
      if (tag === 'a') {
        const attrs = Object.fromEntries(node.attrs.map(({ name, value }) => [name, value]));
        if (attrs.rel !== 'nofollow ugc noopener') problems.push(`<a> with rel=${attrs.rel}`);
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parseFragment(html));
  return problems;
}

function assertInert(source) {
  const result = renderMarkdown(source);
  assert.deepEqual(problemsIn(result.html), [], `${JSON.stringify(source)} rendered to ${result.html}`);
  return result;
}

describe('the checker itself', () => {
  test('it catches what it is meant to catch', () => {
    assert.notDeepEqual(problemsIn('<script>x</script>'), []);
    assert.notDeepEqual(problemsIn('<p onclick="x">a</p>'), []);
    assert.notDeepEqual(problemsIn('<p style="x">a</p>'), []);
    assert.notDeepEqual(problemsIn('<a href="java&#x09;script:x" rel="nofollow ugc noopener">a</a>'), []);
    assert.notDeepEqual(problemsIn('<a href=" JaVaScRiPt:x" rel="nofollow ugc noopener">a</a>'), []);
    assert.notDeepEqual(problemsIn('<img src="data:image/png;base64,AA">'), []);
    assert.notDeepEqual(problemsIn('<svg></svg>'), []);
    assert.notDeepEqual(problemsIn('<!-- c -->'), []);
    assert.deepEqual(problemsIn('<p><a href="/t/1" rel="nofollow ugc noopener">ok</a></p>'), []);
  });
});

describe('hostile input renders to inert HTML', () => {
  const battery = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](java&#x09;script:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](javascript&colon;alert(1))',
    '[x](jav&#x0A;ascript:alert(1))',
    '[x](<javascript:alert(1)>)',
    '[x]( javascript:alert(1) "t")',
    '[x](vbscript:msgbox(1))',
    '[x](file:///etc/passwd)',
    '![x](javascript:alert(1))',
    '![x](data:image/svg+xml;base64,PHN2Zz4=)',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '<javascript:alert(1)>',
    '[ref]\n\n[ref]: javascript:alert(1)',
    '[ref][r]\n\n[r]: &#x6A;avascript:alert(1) "title"',
    '<svg onload=alert(1)>',
    '<svg><script>alert(1)</script></svg>',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src=//evil>',
    '<object data=x></object><embed src=x><form action=x><input></form><base href=//evil><meta http-equiv=refresh content=0>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '[quote="x\\" onmouseover=\\"alert(1), post:1"]hi[/quote]',
    '[quote="alice"]\n<img src=x onerror=alert(1)> [x](javascript:alert(1))\n[/quote]',
    '<style>*{}</style>',
    '<div style="x">',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<!-- comment --> and <!--> <!---->',
    '<![CDATA[ <script>alert(1)</script> ]]>',
    '[link](https://example.com "title with \\"quotes\\" onmouseover=alert(1) x=\'y\'")',
    '![img](/uploads/a.png "\\" onerror=\\"alert(1)")',
    '```"><img src=x onerror=alert(1)>\ncode\n```',
    '| a |\n|:-:|\n| <img src=x onerror=alert(1)> |',
    '@alice" onclick="x',
    '`<script>alert(1)</script>`',
    '<scr<script>ipt>alert(1)</script>',
    '<<script>script>alert(1)<</script>/script>',
    '\u0000<script>alert(1)</script>',
    '[x](https://example.com/"><script>alert(1)</script>)',
    'https://example.com/<script>alert(1)</script>',
  ];

  for (const source of battery) {
    test(JSON.stringify(source), () => {
      const result = assertInert(source);
      assert.doesNotMatch(result.html, /<(script|style|svg|math|iframe|object|embed|form|input|base|meta)\b/i);
    });
  }

  test('scripted links and images are not made at all', () => {
    for (const source of battery.filter((s) => /javascript|vbscript|data:|file:/i.test(s))) {
      const result = renderMarkdown(source);
      assert.equal(result.links, 0, source);
      assert.deepEqual(result.images, [], source);
    }
  });

  test('a title with quotes stays one attribute', () => {
    const result = assertInert('[x](https://example.com "say \\"hi\\" onmouseover=alert(1)")');
    const anchor = parseFragment(result.html).childNodes[0].childNodes[0];
    assert.deepEqual(
      anchor.attrs.map((a) => a.name),
      ['href', 'title', 'rel'],
    );
    assert.equal(anchor.attrs[1].value, 'say "hi" onmouseover=alert(1)');
  });

  test('the 50,000-character limit holds for hostile input too', () => {
    assertInert('<img src=x onerror=alert(1)>'.repeat(1_785));
    assert.throws(() => renderMarkdown('<script>'.repeat(6_251)), RangeError);
  });
});

const samples = [
  '# Title\n\n## Sub\n\nText with *em*, **strong**, ~~del~~ and `code`.',
  '- a\n- b\n\n3. c\n4. d\n\n> quoted\n\n---',
  '```js\nlet x = 1;\n```\n\n    indented',
  '| a | b |\n|:--|--:|\n| 1 | 2 |',
  '[site](https://example.com "T") <https://a.example> www.b.example c@example.org [rel](/t/1) [m](mailto:x@example.org)',
  '![cat](/uploads/cat.png "Cat") ![dog](https://cdn.example/dog.jpg)',
  'Hi @alice and @bob!',
  "[it's](https://x.example/?a=1&b=2 \"it's \\\"q\\\" <b>\") ![a'b & <c>](/uploads/x.png?v=1&w=2)",
  '[quote="alice, post:0b7c1f3e-2a4d-4e5f-8a9b-1c2d3e4f5a6b"]\nHello @bob\n[quote]\nnested\n[/quote]\n[/quote]',
  '[quote="alice, post:0b7c1f3e-2a4d-4e5f-8a9b-1c2d3e4f5a6b, topic:1a7c1f3e-2a4d-4e5f-8a9b-1c2d3e4f5a6b/12"]\nlinked\n[/quote]',
];

describe('ordinary posts stay within the allow-list', () => {
  for (const source of samples) {
    test(JSON.stringify(source), () => {
      assertInert(source);
    });
  }
});

describe('the final sanitising pass on its own', async () => {
  // Internal modules: the pass must hold even if a renderer rule ever emitted raw HTML.
  const { sanitiseHtml } = await import('../dist/sanitise.js');
  const { markdown } = await import('../dist/markdown.js');
  const { createEnv } = await import('../dist/render-state.js');

  const rawHtml = [
    '<script>alert(1)</script><p onclick="x" style="color:red" class="evil">text</p>',
    '<img src=x onerror=alert(1)><img src="javascript:alert(1)"><img src="data:image/png;base64,AA">',
    '<a href="java&#x09;script:alert(1)">a</a><a href="&#106;avascript:alert(1)">b</a><a href=" JaVaScRiPt:alert(1)">c</a>',
    '<a href="javascript&colon;alert(1)">d</a><a href="vbscript:x" target="_blank">e</a>',
    '<svg onload=alert(1)><script>alert(1)</script></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<iframe src=//evil></iframe><object data=x></object><form><input></form><base href=//evil><meta charset=x>',
    '<div class="quote-author other" style="x">q</div><blockquote class="quote" data-post-id="1" data-handle="x y">b</blockquote>',
    '<!-- hidden --><code class="language-js&quot; onclick=&quot;x">c</code><ol start="1e9">',
    '<h1>top</h1><span class="mention">s</span><a class="mention" href="/u/x" rel="opener">m</a>',
    '<span class="quote-said" onclick="x" style="x">s</span><a class="quote-source" href="javascript:alert(1)">q</a>',
  ];
  for (const html of rawHtml) {
    test(JSON.stringify(html), () => {
      assert.deepEqual(problemsIn(sanitiseHtml(html)), []);
    });
  }

  test('it does not change what markdown-it renders', () => {
    for (const source of samples) {
      const rendered = markdown.render(source, createEnv());
      assert.equal(sanitiseHtml(rendered), rendered);
    }
  });
});
