import { crc32 } from 'node:zlib';

/** The image formats people can upload, each with the type it is served as and its file extension. */
export const IMAGE_FORMATS = {
  png: { mime: 'image/png', extension: 'png' },
  jpeg: { mime: 'image/jpeg', extension: 'jpg' },
  gif: { mime: 'image/gif', extension: 'gif' },
  webp: { mime: 'image/webp', extension: 'webp' },
} as const;

export type ImageFormat = keyof typeof IMAGE_FORMATS;

export interface SniffedImage {
  format: ImageFormat;
  mime: (typeof IMAGE_FORMATS)[ImageFormat]['mime'];
  extension: (typeof IMAGE_FORMATS)[ImageFormat]['extension'];
  width: number;
  height: number;
}

interface Dimensions {
  width: number;
  height: number;
}

/**
 * Recognises PNG, JPEG, GIF and WebP by their content alone (never by a file name or a declared
 * type) and reads the dimensions from their headers. Returns null for anything else: SVG, HTML,
 * PDF, other image formats, and files that start like an image but are not built like one.
 *
 * The structure is checked as far as the dimensions and the start of the image data (PNG: every
 * chunk and its CRC up to IEND; GIF: every block; JPEG: every segment up to the first scan; WebP:
 * the RIFF container and its chunks). Pixel data is not decoded. Bytes after the format's own end
 * are ignored, as browsers ignore them (some cameras append a video to their JPEGs).
 */
export function sniffImage(input: Uint8Array): SniffedImage | null {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const format = formatBySignature(bytes);
  if (!format) return null;
  let size: Dimensions | null;
  try {
    size = PARSERS[format](bytes);
  } catch (error) {
    // A length field pointing past the end makes a Buffer read throw: the file is truncated.
    // Compared by name: Buffer's RangeError may come from another realm (as under jest).
    if (error instanceof Error && error.name === 'RangeError') return null;
    throw error;
  }
  if (!size || size.width < 1 || size.height < 1) return null;
  return { format, ...IMAGE_FORMATS[format], width: size.width, height: size.height };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function formatBySignature(b: Buffer): ImageFormat | null {
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  return null;
}

const PARSERS: Record<ImageFormat, (b: Buffer) => Dimensions | null> = {
  png: parsePng,
  jpeg: parseJpeg,
  gif: parseGif,
  webp: parseWebp,
};

function ascii(b: Buffer, start: number, end: number): string {
  return b.toString('latin1', start, end);
}

/** Bit depths allowed for each PNG colour type. */
const PNG_BIT_DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** PNG: IHDR first (13 bytes), every chunk whole with a correct CRC, image data, then IEND. */
function parsePng(b: Buffer): Dimensions | null {
  let offset = PNG_SIGNATURE.length;
  let size: Dimensions | null = null;
  let sawImageData = false;
  while (offset + 12 <= b.length) {
    const length = b.readUInt32BE(offset);
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (length > 0x7fffffff || dataEnd + 4 > b.length) return null;
    const type = ascii(b, offset + 4, dataStart);
    if (!/^[A-Za-z]{4}$/.test(type)) return null;
    if (crc32(b.subarray(offset + 4, dataEnd)) !== b.readUInt32BE(dataEnd)) return null;
    if (!size) {
      if (type !== 'IHDR' || length !== 13) return null;
      const width = b.readUInt32BE(dataStart);
      const height = b.readUInt32BE(dataStart + 4);
      const [bitDepth, colourType, compression, filter, interlace] = b.subarray(dataStart + 8, dataStart + 13);
      if (width > 0x7fffffff || height > 0x7fffffff) return null;
      if (!PNG_BIT_DEPTHS[colourType]?.includes(bitDepth) || compression !== 0 || filter !== 0 || interlace > 1) return null;
      size = { width, height };
    } else if (type === 'IHDR') {
      return null;
    } else if (type === 'IDAT') {
      sawImageData = true;
    } else if (type === 'IEND') {
      return sawImageData ? size : null;
    }
    offset = dataEnd + 4;
  }
  return null;
}

/** SOF0–SOF15 carry the frame size; C4 (DHT), C8 (reserved) and CC (DAC) share the range but are not frames. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** JPEG: well-formed segments from SOI to the first scan (SOS), with exactly one frame header before it. */
function parseJpeg(b: Buffer): Dimensions | null {
  let offset = 2;
  let size: Dimensions | null = null;
  while (offset < b.length) {
    if (b[offset] !== 0xff) return null;
    while (offset < b.length && b[offset] === 0xff) offset++; // fill bytes before a marker
    if (offset >= b.length) return null;
    const marker = b[offset++];
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // RSTn and TEM stand alone
    if (marker === 0x00 || marker === 0xd8 || marker === 0xd9) return null; // stuffing, a second SOI, EOI before any scan
    const length = b.readUInt16BE(offset);
    if (length < 2 || offset + length > b.length) return null;
    if (isStartOfFrame(marker)) {
      if (size || length < 8) return null;
      const components = b[offset + 7];
      if (components === 0 || length !== 8 + 3 * components) return null;
      size = { height: b.readUInt16BE(offset + 3), width: b.readUInt16BE(offset + 5) };
    } else if (marker === 0xda) {
      return size;
    }
    offset += length;
  }
  return null;
}

/** GIF: the logical screen size, then blocks (extensions, images) up to the trailer; at least one image. */
function parseGif(b: Buffer): Dimensions | null {
  if (b.length < 13) return null;
  const size = { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  const screenFlags = b[10];
  let offset = 13 + colourTableBytes(screenFlags);
  let images = 0;
  while (offset < b.length) {
    const block = b[offset++];
    if (block === 0x3b) break; // trailer
    if (block === 0x21) {
      offset = skipSubBlocks(b, offset + 1); // after the extension label
    } else if (block === 0x2c) {
      const imageFlags = b[offset + 8];
      if (imageFlags === undefined) return null;
      offset += 9 + colourTableBytes(imageFlags) + 1; // descriptor, local colour table, LZW code size
      offset = skipSubBlocks(b, offset);
      images++;
    } else {
      return null;
    }
    if (offset < 0) return null;
  }
  if (offset > b.length) return null;
  return images > 0 ? size : null;
}

function colourTableBytes(flags: number): number {
  return flags & 0x80 ? 3 * (1 << ((flags & 0x07) + 1)) : 0;
}

/** Skips a chain of length-prefixed sub-blocks; -1 when it runs past the end. */
function skipSubBlocks(b: Buffer, offset: number): number {
  for (;;) {
    if (offset >= b.length) return -1;
    const length = b[offset++];
    if (length === 0) return offset;
    offset += length;
  }
}

/** WebP: a RIFF container whose chunks fit it exactly; VP8 (lossy), VP8L (lossless) or VP8X (extended). */
function parseWebp(b: Buffer): Dimensions | null {
  const riffEnd = 8 + b.readUInt32LE(4);
  if (riffEnd > b.length) return null;
  const chunks: Array<{ type: string; start: number; length: number }> = [];
  let offset = 12;
  while (offset < riffEnd) {
    if (offset + 8 > riffEnd) return null;
    const length = b.readUInt32LE(offset + 4);
    const start = offset + 8;
    if (start + length > riffEnd) return null;
    chunks.push({ type: ascii(b, offset, offset + 4), start, length });
    offset = start + length + (length % 2); // chunks are padded to an even length
  }
  if (offset !== riffEnd && offset !== riffEnd + 1) return null;
  const [first] = chunks;
  if (!first) return null;
  switch (first.type) {
    case 'VP8 ':
      return vp8Size(b, first.start, first.length);
    case 'VP8L':
      return vp8lSize(b, first.start, first.length);
    case 'VP8X': {
      if (first.length < 10) return null;
      const image = chunks.find((c) => c.type === 'VP8 ' || c.type === 'VP8L' || c.type === 'ANMF');
      if (!image) return null;
      if (image.type === 'VP8 ' && !vp8Size(b, image.start, image.length)) return null;
      if (image.type === 'VP8L' && !vp8lSize(b, image.start, image.length)) return null;
      return { width: 1 + b.readUIntLE(first.start + 4, 3), height: 1 + b.readUIntLE(first.start + 7, 3) };
    }
    default:
      return null;
  }
}

/** A VP8 key frame: frame tag, start code 9D 01 2A, then 14-bit width and height. */
function vp8Size(b: Buffer, start: number, length: number): Dimensions | null {
  if (length < 10) return null;
  if ((b[start] & 0x01) !== 0) return null; // not a key frame
  if (b[start + 3] !== 0x9d || b[start + 4] !== 0x01 || b[start + 5] !== 0x2a) return null;
  return { width: b.readUInt16LE(start + 6) & 0x3fff, height: b.readUInt16LE(start + 8) & 0x3fff };
}

/** A VP8L header: signature 0x2F, then 14 bits of width − 1, 14 of height − 1, and a zero version. */
function vp8lSize(b: Buffer, start: number, length: number): Dimensions | null {
  if (length < 5 || b[start] !== 0x2f) return null;
  const bits = b.readUInt32LE(start + 1);
  if (bits >>> 29 !== 0) return null;
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
}
