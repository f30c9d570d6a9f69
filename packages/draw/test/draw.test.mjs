import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  acceptanceLimit,
  commitmentOf,
  drawWinners,
  entryListDigest,
  entryListText,
  generateSeed,
  pickIndex,
  verifyDraw,
} from '../dist/index.js';

// Computed with coreutils, not with this package, following the README:
//   SEED=000102…1f
//   printf '%s' "$SEED" | xxd -r -p | sha256sum
//   printf '%s\n' alpha bravo charlie delta echo | sha256sum
//   printf '%s%s%08x' "$SEED" "$L" 0 | xxd -r -p | sha256sum
const SEED = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const COMMITMENT = '630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd';
const LIST = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
const LIST_DIGEST = '5c3dbe3ab8d74b78f7c44c568f5db54a79224f7695f41f40c41876944c4e5cde';
const HASHES = [
  'be78a553b322935fc4ad71655a695c2980d801d18c9d41a1b883b2ad4a72eb52',
  '1db91ae7be79feb6d8bc1ef909321be44ba0bbce94279c00e5ee08fd7190d79b',
  '1ea53fb70eed85ce32905a3bf3593a8ac6a3858c94d9570c7ea8f48b6c8729c8',
];

test('the commitment is sha256 of the seed bytes, as sha256sum computes it', async () => {
  assert.equal(await commitmentOf(SEED), COMMITMENT);
});

test('the list digest is sha256 of the ids, one per line, each ending in a line feed', async () => {
  assert.equal(entryListText(['a', 'b']), 'a\nb\n');
  assert.equal(await entryListDigest(LIST), LIST_DIGEST);
});

test('the draw matches the hand computation step by step', async () => {
  const result = await drawWinners(SEED, LIST, 3);
  assert.equal(result.listDigest, LIST_DIGEST);
  assert.deepEqual(result.steps.map((s) => s.hash), HASHES);
  assert.deepEqual(result.steps.map((s) => s.input.slice(128)), ['00000000', '00000001', '00000002']);
  assert.equal(result.steps[0].input, SEED + LIST_DIGEST + '00000000');
  // 0xbe78a553 = 3195577683; mod 5 = 3 → delta. 0x1db91ae7 = 498670311; mod 4 = 3 → echo (of alpha bravo charlie echo).
  // 0x1ea53fb7 = 514146231; mod 3 = 0 → alpha.
  assert.deepEqual(result.steps.map((s) => [s.value, s.candidates, s.index]), [[3195577683, 5, 3], [498670311, 4, 3], [514146231, 3, 0]]);
  assert.deepEqual(result.winners, ['delta', 'echo', 'alpha']);
});

test('the same seed and list give the same winners every time', async () => {
  const seed = generateSeed();
  const ids = Array.from({ length: 40 }, (_, i) => `entry-${i}`);
  const a = await drawWinners(seed, ids, 5);
  const b = await drawWinners(seed, [...ids], 5);
  assert.deepEqual(a.winners, b.winners);
  assert.equal(new Set(a.winners).size, 5);
});

test('changing the list — one id, or only the order — changes the draw', async () => {
  const ids = Array.from({ length: 40 }, (_, i) => `entry-${i}`);
  const base = await drawWinners(SEED, ids, 5);
  const replaced = await drawWinners(SEED, ids.map((id, i) => (i === 39 ? 'entry-x' : id)), 5);
  const reordered = await drawWinners(SEED, [ids[1], ids[0], ...ids.slice(2)], 5);
  assert.notEqual(replaced.listDigest, base.listDigest);
  assert.notDeepEqual(replaced.steps.map((s) => s.hash), base.steps.map((s) => s.hash));
  assert.notDeepEqual(replaced.winners, base.winners);
  assert.notDeepEqual(reordered.winners, base.winners);
});

test('a different seed gives a different draw', async () => {
  const ids = Array.from({ length: 40 }, (_, i) => `entry-${i}`);
  const a = await drawWinners(SEED, ids, 5);
  const b = await drawWinners(SEED.replace(/^00/, '01'), ids, 5);
  assert.notDeepEqual(a.winners, b.winners);
});

test('asking for more winners than entries picks everyone, each once', async () => {
  const result = await drawWinners(SEED, ['x', 'y'], 5);
  assert.deepEqual([...result.winners].sort(), ['x', 'y']);
  assert.deepEqual((await drawWinners(SEED, [], 3)).winners, []);
});

test('values at or above the largest multiple of the count are rejected, so every position is equally likely', () => {
  assert.equal(acceptanceLimit(4), 2 ** 32);
  assert.equal(acceptanceLimit(3), 2 ** 32 - 1);
  assert.equal(pickIndex(2 ** 32 - 2, 3), (2 ** 32 - 2) % 3);
  assert.equal(pickIndex(2 ** 32 - 1, 3), null);
  const n = 2 ** 31 + 1; // limit = n: almost half of all values are rejected
  assert.equal(acceptanceLimit(n), n);
  assert.equal(pickIndex(n, n), null);
  assert.equal(pickIndex(n - 1, n), n - 1);
});

test('over many seeds each position wins about equally often', async () => {
  const counts = [0, 0, 0];
  for (let i = 0; i < 3000; i++) {
    const seed = i.toString(16).padStart(64, '0');
    const { winners } = await drawWinners(seed, ['a', 'b', 'c'], 1);
    counts['abc'.indexOf(winners[0])]++;
  }
  for (const c of counts) assert.ok(c > 850 && c < 1150, `counts ${counts}`);
});

test('verification passes for the published draw and fails for a tampered seed, list or result', async () => {
  const published = { seed: SEED, commitment: COMMITMENT, entryIds: LIST, count: 3, winners: ['delta', 'echo', 'alpha'] };
  assert.equal((await verifyDraw(published)).ok, true);
  const otherSeed = await verifyDraw({ ...published, seed: SEED.replace(/1f$/, '20') });
  assert.equal(otherSeed.commitmentMatches, false);
  assert.equal(otherSeed.ok, false);
  const otherList = await verifyDraw({ ...published, entryIds: ['alpha', 'bravo', 'charlie', 'delta', 'foxtrot'] });
  assert.equal(otherList.commitmentMatches, true);
  assert.equal(otherList.winnersMatch, false);
  assert.equal((await verifyDraw({ ...published, winners: ['echo', 'delta', 'alpha'] })).ok, false);
});

test('bad input is refused', async () => {
  await assert.rejects(commitmentOf('ABC'), RangeError);
  await assert.rejects(drawWinners(SEED, ['a', 'a'], 1), RangeError);
  await assert.rejects(drawWinners(SEED, ['a\nb'], 1), RangeError);
  await assert.rejects(drawWinners(SEED, ['a'], -1), RangeError);
  assert.match(generateSeed(), /^[0-9a-f]{64}$/);
});
