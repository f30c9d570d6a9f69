/**
 * The verifiable contest draw. The byte layout is documented in this package's README so that
 * anyone can recompute a draw with `sha256sum`; change nothing here without a new DRAW_ALGORITHM.
 */

/** The name of the method below; a contest stores it so a future method never re-reads an old draw. */
export const DRAW_ALGORITHM = 'sha256-counter-v1';

/** Bytes in a seed. */
export const SEED_BYTES = 32;

const TWO_POW_32 = 0x1_0000_0000;
const HEX64 = /^[0-9a-f]{64}$/;

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) throw new RangeError('Expected lower-case hexadecimal with an even number of digits.');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle;
  if (!value) throw new Error('Web Crypto (crypto.subtle) is not available here; a browser needs a secure context (https or localhost).');
  return value;
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes));
}

/** A fresh seed: 32 bytes from the platform's cryptographic random source, as 64 lower-case hex digits. */
export function generateSeed(): string {
  const bytes = new Uint8Array(SEED_BYTES);
  globalThis.crypto.getRandomValues(bytes);
  return toHex(bytes);
}

export function assertSeed(seed: string): void {
  if (!HEX64.test(seed)) throw new RangeError('A seed is 64 lower-case hexadecimal digits (32 bytes).');
}

/** The published commitment: SHA-256 of the seed's 32 bytes (not of its hex text). */
export async function commitmentOf(seed: string): Promise<string> {
  assertSeed(seed);
  return sha256Hex(fromHex(seed));
}

/** The frozen list as text: every entry id followed by one line feed, UTF-8. */
export function entryListText(entryIds: readonly string[]): string {
  const seen = new Set<string>();
  for (const id of entryIds) {
    if (id.length === 0 || /[\r\n]/.test(id)) throw new RangeError('An entry id is a non-empty string without line breaks.');
    if (seen.has(id)) throw new RangeError(`The entry id ${id} appears twice in the list.`);
    seen.add(id);
  }
  return entryIds.map((id) => `${id}\n`).join('');
}

/** SHA-256 of the frozen list's text: this binds every pick to the exact list and its order. */
export async function entryListDigest(entryIds: readonly string[]): Promise<string> {
  return sha256Hex(new TextEncoder().encode(entryListText(entryIds)));
}

/** One hash of the draw, whether it picked an entry or was rejected. */
export interface DrawStep {
  /** 0-based number of the winner being picked. */
  pick: number;
  /** The counter in this hash's input (it counts every hash, rejected ones included). */
  counter: number;
  /** The 68 bytes hashed, as hex: seed ‖ list digest ‖ counter (4 bytes, big-endian). */
  input: string;
  /** SHA-256 of the input, as hex. */
  hash: string;
  /** The first 4 bytes of the hash as a big-endian unsigned integer. */
  value: number;
  /** How many entries were still in the list for this pick. */
  candidates: number;
  /** The largest multiple of `candidates` not above 2^32: values at or above it are rejected. */
  limit: number;
  /** True when `value >= limit`; the next counter is tried for the same pick. */
  rejected: boolean;
  /** `value mod candidates`, the 0-based position in the remaining list; null when rejected. */
  index: number | null;
  /** The entry at that position, who wins this pick; null when rejected. */
  entryId: string | null;
}

/** The largest multiple of `candidates` not above 2^32: a 4-byte value at or above it is rejected. */
export function acceptanceLimit(candidates: number): number {
  if (!Number.isInteger(candidates) || candidates < 1 || candidates > TWO_POW_32) throw new RangeError('Between 1 and 2^32 candidates.');
  return TWO_POW_32 - (TWO_POW_32 % candidates);
}

/** The 0-based position a 4-byte value selects among `candidates`, or null when it must be rejected. */
export function pickIndex(value: number, candidates: number): number | null {
  return value >= acceptanceLimit(candidates) ? null : value % candidates;
}

export interface DrawResult {
  algorithm: string;
  listDigest: string;
  /** Winning entry ids, first pick first. */
  winners: string[];
  steps: DrawStep[];
}

/**
 * Picks `count` distinct entries (all of them when there are fewer) from the frozen list. For each
 * pick, hash seed ‖ listDigest ‖ counter, read the first 4 bytes as a number, reject it when it is
 * at or above the largest multiple of the remaining count (so every position is equally likely),
 * else take the entry at `value mod remaining` and remove it from the list, keeping the others' order.
 */
export async function drawWinners(seed: string, entryIds: readonly string[], count: number): Promise<DrawResult> {
  assertSeed(seed);
  if (!Number.isInteger(count) || count < 0) throw new RangeError('The number of winners is a whole number, zero or more.');
  const listDigest = await entryListDigest(entryIds);
  const prefix = fromHex(seed + listDigest);
  const remaining = [...entryIds];
  const winners: string[] = [];
  const steps: DrawStep[] = [];
  let counter = 0;
  const picks = Math.min(count, remaining.length);
  for (let pick = 0; pick < picks; pick++) {
    const candidates = remaining.length;
    const limit = acceptanceLimit(candidates);
    for (;;) {
      if (counter >= TWO_POW_32) throw new RangeError('The draw ran out of counter values.');
      const input = new Uint8Array(prefix.length + 4);
      input.set(prefix);
      new DataView(input.buffer).setUint32(prefix.length, counter);
      const hash = await sha256(input);
      const value = new DataView(hash.buffer).getUint32(0);
      const index = pickIndex(value, candidates);
      const rejected = index === null;
      const entryId = index === null ? null : remaining[index];
      steps.push({ pick, counter, input: toHex(input), hash: toHex(hash), value, candidates, limit, rejected, index, entryId });
      counter++;
      if (index !== null && entryId !== null) {
        winners.push(entryId);
        remaining.splice(index, 1);
        break;
      }
    }
  }
  return { algorithm: DRAW_ALGORITHM, listDigest, winners, steps };
}

export interface DrawVerification {
  /** sha256(seed) as computed here. */
  computedCommitment: string;
  commitmentMatches: boolean;
  /** The recomputed draw. */
  draw: DrawResult;
  /** The published winners equal the recomputed ones, in order. */
  winnersMatch: boolean;
  /** Both checks passed. */
  ok: boolean;
}

/** Recomputes a published draw: the seed against its commitment, then the winners from the seed and the list. */
export async function verifyDraw(published: {
  seed: string;
  commitment: string;
  entryIds: readonly string[];
  count: number;
  winners: readonly string[];
}): Promise<DrawVerification> {
  const computedCommitment = await commitmentOf(published.seed);
  const commitmentMatches = computedCommitment === published.commitment.toLowerCase();
  const draw = await drawWinners(published.seed, published.entryIds, published.count);
  const winnersMatch = draw.winners.length === published.winners.length && draw.winners.every((id, i) => id === published.winners[i]);
  return { computedCommitment, commitmentMatches, draw, winnersMatch, ok: commitmentMatches && winnersMatch };
}
