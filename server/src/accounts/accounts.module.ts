import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SignUpMembershipModule } from '../membership/sign-up-membership.module.js';
import { ModerationQueueModule } from '../moderation/moderation-queue.module.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { SessionEntity } from './session.entity.js';
import { SessionMiddleware } from './session.middleware.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';
import { SignInLimiter } from './sign-in-limiter.js';
import { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';
import { UserFieldsResolver } from './user-fields.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity]), ModerationQueueModule, SignUpMembershipModule],
  providers: [AccountsService, UsersRepository, SessionsService, SessionsRepository, SignInLimiter, AccountsResolver, UserFieldsResolver, SessionMiddleware],
  exports: [AccountsService, SessionsService, SessionMiddleware],
})
export class AccountsModule {}
