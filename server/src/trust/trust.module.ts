import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { TrustService } from './trust.service.js';

@Module({ imports: [AuditModule], providers: [TrustService], exports: [TrustService] })
export class TrustModule {}
