import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerpt } from '../dist/index.js';

test('an excerpt is the plain text of the post, without markup', () => {
  assert.equal(
    excerpt('# Welcome\n\nThis is **bold**, `code` and a [link](https://example.com) for @alice.\n\n- one\n- two'),
    'Welcome This is bold, code and a link for @alice. one two',
  );
});

test('whitespace collapses to single spaces and HTML shows as typed', () => {
  assert.equal(excerpt('  a\n\n\n   b\t\tc  <b>d</b>  '), 'a b c <b>d</b>');
});

test('images add no words and quotes are left out', () => {
  assert.equal(excerpt('[quote="bob"]\nwhat bob said\n[/quote]\n\nMy answer ![a photo](/uploads/p.png)'), 'My answer');
});

test('table cells stay separate words', () => {
  assert.equal(excerpt('| a | b |\n|---|---|\n| c | d |'), 'a b c d');
});

test('a long text is cut at a word boundary and ends with an ellipsis', () => {
  const text = excerpt('alpha beta gamma delta epsilon zeta', 20);
  assert.equal(text, 'alpha beta gamma…');
  assert.ok(text.length <= 20);
});

test('the default length is 200 characters', () => {
  const text = excerpt('lorem ipsum '.repeat(50));
  assert.ok(text.length <= 200);
  assert.ok(text.length > 180);
  assert.ok(text.endsWith('ipsum…') || text.endsWith('lorem…'));
});

test('punctuation before the cut is dropped', () => {
  assert.equal(excerpt('one, two, three, four', 12), 'one, two…');
});

test('a single overlong word is cut where it must be', () => {
  assert.equal(excerpt('a'.repeat(30), 10), `${'a'.repeat(9)}…`);
});

test('a text that fits is returned whole', () => {
  assert.equal(excerpt('short *text*', 10), 'short text');
});

test('astral characters are not split in half', () => {
  assert.equal(excerpt('😀'.repeat(10), 4), '😀😀😀…');
});

test('maxChars must be a positive integer, the source within the limit', () => {
  assert.throws(() => excerpt('text', 0), RangeError);
  assert.throws(() => excerpt('text', 1.5), RangeError);
  assert.throws(() => excerpt('x'.repeat(50_001)), RangeError);
});
