import { Module } from '@nestjs/common';
import { SignUpMembershipRepository } from './sign-up.repository.js';

/**
 * The part of membership that sign-up needs (invitations redeemed, join requests made). It depends
 * on nothing, so AccountsModule can import it while MembershipModule imports AccountsModule.
 */
@Module({ providers: [SignUpMembershipRepository], exports: [SignUpMembershipRepository] })
export class SignUpMembershipModule {}
