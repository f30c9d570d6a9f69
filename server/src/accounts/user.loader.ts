import type { RequestContext } from '../common/request-context.js';
import type { AccountsService } from './accounts.service.js';
import type { UserEntity } from './user.entity.js';

/** The per-request DataLoader of users by id: every `author`, `actor`, … field shares one query. */
export function userLoader(ctx: RequestContext, accounts: AccountsService) {
  return ctx.loader<string, UserEntity | null>('users', (ids) => accounts.findManyByIds(ids));
}
