import { Module } from '@nestjs/common';
import { MailRepository } from './mail.repository.js';
import { MailService } from './mail.service.js';

@Module({ providers: [MailService, MailRepository], exports: [MailService] })
export class MailModule {}
