import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { TrustRepository } from './trust.repository.js';
import { TrustService } from './trust.service.js';

@Module({ imports: [AccountsModule, AuditModule], providers: [TrustService, TrustRepository], exports: [TrustService] })
export class TrustModule {}
