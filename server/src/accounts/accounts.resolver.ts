import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@townsquare/shared';
import { Allow, Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import { AccountsService } from './accounts.service.js';
import { ChangePasswordInput, SignInInput, SignUpInput } from './dto/account.inputs.js';
import { AuthPayload, UserObject } from './user.object.js';

@Resolver(() => UserObject)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Query(() => UserObject, { nullable: true, description: 'The signed-in user, or null for a guest.' })
  async me(@Ctx() ctx: RequestContext): Promise<UserObject | null> {
    return ctx.user ? this.accounts.findById(ctx.user.id) : null;
  }

  @Public()
  @Query(() => UserObject, { nullable: true, description: 'A member by handle (case-insensitive), or null when there is none.' })
  user(@Args('handle', { description: 'The member\'s handle.' }) handle: string): Promise<UserObject | null> {
    return this.accounts.findByHandle(handle);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in (sets the session cookie).' })
  async signUp(@Ctx() ctx: RequestContext, @Args('input', { description: 'The new account.' }) input: SignUpInput): Promise<AuthPayload> {
    return { user: await this.accounts.signUp(ctx, input) };
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with email or handle and password (sets the session cookie). Rate limited per account and per address.' })
  async signIn(@Ctx() ctx: RequestContext, @Args('input', { description: 'Login and password.' }) input: SignInInput): Promise<AuthPayload> {
    return { user: await this.accounts.signIn(ctx, input.login, input.password) };
  }

  @Allow(Permission.AccountManage)
  @Mutation(() => Boolean, { description: 'Ends this session (revokes it on the server and clears the cookie).' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.accounts.signOut(ctx);
    return true;
  }

  @Allow(Permission.AccountManage)
  @Mutation(() => Boolean, { description: 'Changes the password; every session of the account ends and this one is renewed.' })
  async changePassword(@Ctx() ctx: RequestContext, @Args('input', { description: 'Current and new password.' }) input: ChangePasswordInput): Promise<boolean> {
    await this.accounts.changePassword(ctx, input.currentPassword, input.newPassword);
    return true;
  }
}
