import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';

@Module({ imports: [AccountsModule], providers: [AuditService, AuditRepository, AuditResolver], exports: [AuditService] })
export class AuditModule {}
