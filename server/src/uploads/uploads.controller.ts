import { Controller, Get, HttpCode, HttpStatus, Param, Post, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Permission } from '@townsquare/shared';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { CsrfHeaderGuard } from './csrf-header.guard.js';
import { HttpErrorFilter } from './http-error.filter.js';
import { UPLOAD_FIELD } from './uploads.errors.js';
import { UploadsService, type UploadResult } from './uploads.service.js';

/** What multer's memory storage hands over for the one file of a request. */
interface ReceivedFile {
  originalname: string;
  buffer: Buffer;
}

/**
 * Headers of every served upload: a fixed type, no sniffing, cached for good (keys never change).
 * Its Content-Security-Policy, which lets nothing run, is set for every /uploads/ answer by the
 * security headers (security/security-headers.ts).
 */
const SERVE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'public, max-age=31536000, immutable',
};

@Controller()
@UseFilters(HttpErrorFilter)
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  /**
   * Uploads one image: multipart/form-data with the file in the field `file` and the header
   * `x-requested-with: townsquare`. Answers 201 with `{ id, url, mime, byteSize, width, height }`,
   * or `{ error: { code, message, field, reason } }` with 400, 401, 403, 413 or 429.
   */
  @Post('api/uploads')
  @Allow(Permission.UploadCreate)
  @UseGuards(CsrfHeaderGuard)
  @UseInterceptors(FileInterceptor(UPLOAD_FIELD))
  @HttpCode(HttpStatus.CREATED)
  create(@Ctx() ctx: RequestContext, @UploadedFile() file: ReceivedFile | undefined): Promise<UploadResult> {
    return this.uploads.create(ctx, file?.buffer ?? Buffer.alloc(0), file?.originalname ?? '');
  }

  /** Serves an uploaded image to anyone with its link; 404 for any path that is not a stored upload. */
  @Public()
  @Get('uploads/:year/:month/:file')
  async serve(
    @Ctx() ctx: RequestContext,
    @Param('year') year: string,
    @Param('month') month: string,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    const content = await this.uploads.open(ctx, `${year}/${month}/${file}`);
    res.status(HttpStatus.OK).set({ ...SERVE_HEADERS, 'Content-Type': content.mime, 'Content-Length': String(content.size) });
    try {
      await pipeline(content.stream, res);
    } catch {
      // The reader went away mid-file; pipeline has already closed both ends.
    }
  }
}
