import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { RequestContext } from '../common/request-context.js';
import { sniffImage } from './image-sniffer.js';
import { FILE_STORAGE, isStorageKey, type FileStorage } from './storage.js';
import { UploadRateLimiter } from './upload-rate-limiter.js';
import { UPLOADS_CONFIG, type UploadsConfig } from './uploads.config.js';
import { UploadErrors } from './uploads.errors.js';
import { UploadsRepository } from './uploads.repository.js';

/**
 * Most pixels an image may have. A small file can declare a huge canvas (a 5 MB PNG of one colour
 * can be 30,000 × 30,000), which every reader's browser would then have to decode.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** Where uploads are served from: `/uploads/<storage key>`. */
export const UPLOADS_PATH = '/uploads';

/** What the uploader gets back, and what a post refers to. */
export interface UploadResult {
  id: string;
  /** Path to fetch the image from, relative to the site. */
  url: string;
  mime: string;
  byteSize: number;
  width: number | null;
  height: number | null;
}

/** An upload ready to be sent: its detected type, its size and its bytes as a stream. */
export interface UploadContent {
  mime: string;
  size: number;
  stream: Readable;
}

function newStorageKey(extension: string, now = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${now.getUTCFullYear()}/${month}/${randomUUID()}.${extension}`;
}

/** Accepting images (checked by content, limited in size and rate) and handing them back out. */
@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);

  constructor(
    @Inject(UPLOADS_CONFIG) private readonly config: UploadsConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly repository: UploadsRepository,
    private readonly limiter: UploadRateLimiter,
  ) {}

  /**
   * Stores an image for the signed-in person. The type comes from the bytes alone; `originalName`
   * is only logged. Every upload gets its own key: identical files are stored twice. Either the file
   * and its row both exist afterwards, or neither does.
   */
  async create(ctx: RequestContext, bytes: Buffer, originalName: string): Promise<UploadResult> {
    const user = ctx.requireUser();
    if (bytes.length === 0) throw UploadErrors.required();
    if (bytes.length > this.config.maxBytes) throw UploadErrors.tooLarge(this.config.maxBytes);
    const image = sniffImage(bytes);
    if (!image) throw UploadErrors.unsupportedType();
    if (image.width * image.height > MAX_IMAGE_PIXELS) throw UploadErrors.tooManyPixels(MAX_IMAGE_PIXELS);
    await this.limiter.consume(user.id);

    const storageKey = newStorageKey(image.extension);
    await this.storage.put(storageKey, bytes, image.mime);
    let upload;
    try {
      upload = await this.repository.insert({
        userId: user.id,
        storageKey,
        mime: image.mime,
        byteSize: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        width: image.width,
        height: image.height,
      });
    } catch (error) {
      await this.storage.delete(storageKey).catch((cleanup: unknown) => {
        this.logger.error(`Could not remove ${storageKey} after its row failed to save: ${String(cleanup)}`);
      });
      throw error;
    }
    this.logger.log(`Stored upload ${upload.id} (${image.mime}, ${bytes.length} bytes, sent as ${JSON.stringify(originalName.slice(0, 100))})`);
    return {
      id: upload.id,
      url: `${UPLOADS_PATH}/${storageKey}`,
      mime: upload.mime,
      byteSize: upload.byteSize,
      width: upload.width,
      height: upload.height,
    };
  }

  /** The stored image under `storageKey`, with the type detected at upload; NOT_FOUND for anything else. */
  async open(_ctx: RequestContext, storageKey: string): Promise<UploadContent> {
    if (!isStorageKey(storageKey)) throw UploadErrors.notFound();
    const upload = await this.repository.findByStorageKey(storageKey);
    if (!upload) throw UploadErrors.notFound();
    const stored = await this.storage.get(storageKey);
    if (!stored) {
      this.logger.warn(`Upload ${upload.id} has a row but no file under ${storageKey}`);
      throw UploadErrors.notFound();
    }
    return { mime: upload.mime, size: stored.size, stream: stored.stream };
  }
}
