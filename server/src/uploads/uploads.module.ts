import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AccountsModule } from '../accounts/accounts.module.js';
import { SessionMiddleware } from '../accounts/session.middleware.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { FILE_STORAGE, LocalDiskStorage } from './storage.js';
import { UploadRateLimiter } from './upload-rate-limiter.js';
import { UPLOADS_CONFIG, uploadsConfigFrom, type UploadsConfig } from './uploads.config.js';
import { UploadsController } from './uploads.controller.js';
import { UploadsRepository } from './uploads.repository.js';
import { UploadsService } from './uploads.service.js';

/**
 * Image uploads: `POST /api/uploads` for members, `GET /uploads/<yyyy>/<mm>/<file>` for everyone.
 * Files go to the FILE_STORAGE (the local disk under UPLOAD_DIR), rows to `uploads`.
 */
@Module({
  imports: [
    AccountsModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (app: AppConfig) => ({
        // No storage engine: multer keeps the file in memory, and stops reading one byte past the
        // limit, so an oversized upload is refused without buffering more than that.
        limits: { fileSize: uploadsConfigFrom(app).maxBytes + 1, files: 1, fields: 10, fieldSize: 16 * 1024, parts: 12 },
      }),
    }),
  ],
  controllers: [UploadsController],
  providers: [
    { provide: UPLOADS_CONFIG, inject: [APP_CONFIG], useFactory: (app: AppConfig) => uploadsConfigFrom(app) },
    { provide: FILE_STORAGE, inject: [UPLOADS_CONFIG], useFactory: (config: UploadsConfig) => new LocalDiskStorage(config.dir) },
    UploadsRepository,
    UploadRateLimiter,
    UploadsService,
  ],
  exports: [UploadsService],
})
export class UploadsModule implements NestModule {
  /** Resolves the session for uploads only; serving files needs no session. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes({ path: 'api/uploads', method: RequestMethod.POST });
  }
}
