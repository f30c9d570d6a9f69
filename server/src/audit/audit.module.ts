import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

@Module({ imports: [AccountsModule], providers: [AuditService, AuditResolver], exports: [AuditService] })
export class AuditModule {}
