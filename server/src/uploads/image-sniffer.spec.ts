import { describe, expect, it } from '@jest/globals';
import { crc32, deflateSync } from 'node:zlib';
import { sniffImage } from './image-sniffer.js';

const b64 = (s: string) => Buffer.from(s, 'base64');
const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

/** Real files, written by an image library. */
const FILES = {
  png1x1: hex(`89504e470d0a1a0a 0000000d49484452 00000001 00000001 0802000000 907753de
    0000000c49444154 78da63f8cfc0000003010100 f7034143 0000000049454e44ae426082`),
  gif1x1: hex('474946383761 0100 0100 80 00 00 000000000000 2c 00000000 0100 0100 00 08 04 00010404 00 3b'),
  gif3x2: b64('R0lGODdhAwACAIAAAAAAAAAAACwAAAAAAwACAAAIBgABCBwYEAA7'),
  gifAnimated4x3: b64('R0lGODlhBAADAIAAAAAAAAAAACH/C05FVFNDQVBFMi4wAwEAAAAh+QQAFAAAACwAAAAABAADAAAICAABCBxIUGBAADs='),
  jpegGray5x3: b64(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/wAALCAADAAUBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z',
  ),
  jpegColour5x3: b64(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAADAAUDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AJ4BwE//2Q==',
  ),
  jpegProgressive5x3: b64(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wgARCAADAAUDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAUAQEAAAAAAAAAAAAAAAAAAAAE/9oADAMBAAIQAxAAAAGcOB//xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9oACAEBAAEFAn//xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oACAEDAQE/AX//xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oACAECAQE/AX//xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9oACAEBAAY/An//xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9oACAEBAAE/IX//2gAMAwEAAgADAAAAEAf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oACAEDAQE/EH//xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oACAECAQE/EH//xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9oACAEBAAE/EH//2Q==',
  ),
  jpegExif5x3: b64(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/4QAiRXhpZgAATU0AKgAAAAgAAQESAAMAAAABAAYAAAAAAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/wAALCAADAAUBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z',
  ),
  webpLossy4x2: hex(
    '524946463800000057454250565038202c000000d001009d012a0400020002c04c25a00274ba01f80003b000fed0caffca55e0b1ba3cffe7e6776e2fe7300000',
  ),
  webpLossless3x5: hex('524946461c000000574542505650384c0f0000002f02000100071051e4fe0722a2ff0100'),
  webpExtendedAlpha6x4: b64(
    'UklGRlwAAABXRUJQVlA4WAoAAAAQAAAABQAAAwAAQUxQSAoAAAABB1DAiAhERP8DVlA4ICwAAACQAQCdASoGAAQAAsBMJaACdLoAA5gA/vBTH+K31A0U3/1Bn/kGf+QZ+xwAAA==',
  ),
  webpAnimated5x7: b64(
    'UklGRpQAAABXRUJQVlA4WAoAAAACAAAABAAABgAAQU5JTQYAAAAAAAAAAABBTk1GMAAAAAAAAAAAAAQAAAYAAGQAAAJWUDggGAAAADABAJ0BKgUABwABQCYlpAADcAD+/TZoAEFOTUYwAAAAAAAAAAAABAAABgAAZAAAAFZQOCAYAAAANAEAnQEqBQAHAAAAJiWkAANwAP789AAA',
  ),
};

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A black RGB PNG of the given size, encoded for real. */
function makePng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const pixels = deflateSync(Buffer.alloc((1 + 3 * width) * height));
  return Buffer.concat([FILES.png1x1.subarray(0, 8), pngChunk('IHDR', ihdr), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))]);
}

function patched(source: Buffer, offset: number, bytes: number[]): Buffer {
  const copy = Buffer.from(source);
  copy.set(bytes, offset);
  return copy;
}

describe('images an editor saves are recognised with their size', () => {
  it.each([
    ['PNG 1×1', FILES.png1x1, 'png', 'image/png', 'png', 1, 1],
    ['PNG 7×3', makePng(7, 3), 'png', 'image/png', 'png', 7, 3],
    ['GIF87a 1×1', FILES.gif1x1, 'gif', 'image/gif', 'gif', 1, 1],
    ['GIF87a 3×2', FILES.gif3x2, 'gif', 'image/gif', 'gif', 3, 2],
    ['animated GIF89a 4×3 with extensions', FILES.gifAnimated4x3, 'gif', 'image/gif', 'gif', 4, 3],
    ['baseline greyscale JPEG 5×3 (SOF0)', FILES.jpegGray5x3, 'jpeg', 'image/jpeg', 'jpg', 5, 3],
    ['baseline colour JPEG 5×3', FILES.jpegColour5x3, 'jpeg', 'image/jpeg', 'jpg', 5, 3],
    ['progressive JPEG 5×3 (SOF2)', FILES.jpegProgressive5x3, 'jpeg', 'image/jpeg', 'jpg', 5, 3],
    ['JPEG 5×3 with an EXIF block', FILES.jpegExif5x3, 'jpeg', 'image/jpeg', 'jpg', 5, 3],
    ['lossy WebP 4×2 (VP8)', FILES.webpLossy4x2, 'webp', 'image/webp', 'webp', 4, 2],
    ['lossless WebP 3×5 (VP8L)', FILES.webpLossless3x5, 'webp', 'image/webp', 'webp', 3, 5],
    ['extended WebP 6×4 with alpha (VP8X)', FILES.webpExtendedAlpha6x4, 'webp', 'image/webp', 'webp', 6, 4],
    ['animated WebP 5×7 (VP8X + ANMF)', FILES.webpAnimated5x7, 'webp', 'image/webp', 'webp', 5, 7],
  ])('%s', (_name, bytes, format, mime, extension, width, height) => {
    expect(sniffImage(bytes)).toEqual({ format, mime, extension, width, height });
  });

  it('reads the size from any SOFn frame header, e.g. arithmetic-coded (SOF9)', () => {
    const sof = FILES.jpegGray5x3.indexOf(Buffer.from([0xff, 0xc0]));
    expect(sniffImage(patched(FILES.jpegGray5x3, sof + 1, [0xc9]))).toMatchObject({ format: 'jpeg', width: 5, height: 3 });
  });

  it('accepts fill bytes before a JPEG marker', () => {
    const sof = FILES.jpegGray5x3.indexOf(Buffer.from([0xff, 0xc0]));
    const filled = Buffer.concat([FILES.jpegGray5x3.subarray(0, sof), Buffer.from([0xff, 0xff]), FILES.jpegGray5x3.subarray(sof)]);
    expect(sniffImage(filled)).toMatchObject({ width: 5, height: 3 });
  });

  it('ignores bytes after the end of the image, as browsers do (phones append videos to photos)', () => {
    const trailer = Buffer.from('....ftypmp42 a video follows');
    expect(sniffImage(Buffer.concat([FILES.png1x1, trailer]))).toMatchObject({ format: 'png' });
    expect(sniffImage(Buffer.concat([FILES.jpegGray5x3, trailer]))).toMatchObject({ format: 'jpeg' });
  });

  it('accepts a Uint8Array as well as a Buffer', () => {
    expect(sniffImage(new Uint8Array(FILES.gif1x1))).toMatchObject({ format: 'gif', width: 1, height: 1 });
  });
});

describe('anything that is not one of those images is refused', () => {
  const png = FILES.png1x1;
  const ihdrCrcAt = 8 + 8 + 13;
  const cases: Array<[string, Buffer]> = [
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>')],
    ['an SVG with an XML prolog', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['an HTML page', Buffer.from('<!doctype html><html><script>alert(document.cookie)</script></html>')],
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF')],
    ['a BMP', Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)])],
    ['a WAV (RIFF but not WebP)', Buffer.concat([Buffer.from('RIFF'), Buffer.from([36, 0, 0, 0]), Buffer.from('WAVEfmt '), Buffer.alloc(28)])],
    ['plain text', Buffer.from('hello, world')],
    ['nothing', Buffer.alloc(0)],
    ['a PNG signature followed by garbage', Buffer.concat([png.subarray(0, 8), Buffer.from('<script>alert(1)</script> and more garbage to fill')])],
    ['a PNG whose header chunk has a wrong CRC', patched(png, ihdrCrcAt, [0, 0, 0, 0])],
    ['a PNG cut off before its end', png.subarray(0, png.length - 12)],
    ['a PNG with no image data', Buffer.concat([png.subarray(0, 33), png.subarray(png.length - 12)])],
    ['a PNG of zero width', makePng(0, 1)],
    ['a GIF header alone', Buffer.from('GIF89a')],
    ['a GIF with a screen but no image', Buffer.concat([FILES.gif1x1.subarray(0, 19), Buffer.from([0x3b])])],
    ['a GIF cut off inside its image data', FILES.gif1x1.subarray(0, FILES.gif1x1.length - 4)],
    ['a GIF with an unknown block', patched(FILES.gif1x1, 19, [0x99])],
    ['a JPEG start and end with nothing between', Buffer.from([0xff, 0xd8, 0xff, 0xd9])],
    ['a JPEG cut off before its first scan', FILES.jpegGray5x3.subarray(0, 60)],
    ['a JPEG whose frame header is damaged', (() => {
      const sof = FILES.jpegGray5x3.indexOf(Buffer.from([0xff, 0xc0]));
      return patched(FILES.jpegGray5x3, sof + 2, [0x00, 0x05]);
    })()],
    ['a JPEG start followed by HTML', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('<html><script>alert(1)</script>')])],
    ['a WebP whose VP8 frame lacks its start code', patched(FILES.webpLossy4x2, 23, [0, 0, 0])],
    ['a WebP whose container claims more bytes than sent', FILES.webpLossy4x2.subarray(0, 40)],
    ['a WebP with an unknown first chunk', patched(FILES.webpLossless3x5, 12, [...Buffer.from('ABCD')])],
    ['a lossless WebP without its signature byte', patched(FILES.webpLossless3x5, 20, [0x00])],
    ['an extended WebP without any image', (() => {
      const vp8x = FILES.webpExtendedAlpha6x4.subarray(12, 12 + 18);
      const size = Buffer.alloc(4);
      size.writeUInt32LE(4 + vp8x.length);
      return Buffer.concat([Buffer.from('RIFF'), size, Buffer.from('WEBP'), vp8x]);
    })()],
  ];

  it.each(cases)('%s', (_name, bytes) => {
    expect(sniffImage(bytes)).toBeNull();
  });
});
