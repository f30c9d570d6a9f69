import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserObject } from '../accounts/user.object.js';
import { toConnection } from '../common/pagination.js';
import { Public } from '../common/permissions.decorator.js';
import { Ctx, RequestContext, contextOf, type GqlContext } from '../common/request-context.js';
import { ContestEntriesService } from './contest-entries.service.js';
import { ContestEligibilityObject, ContestEntryConnection, ContestEntryObject, ContestObject, ContestWinnerObject } from './contest.objects.js';
import type { EntryRow, WinnerRow } from './contests.repository.js';
import { ContestsRepository } from './contests.repository.js';
import { ContestsService } from './contests.service.js';
import { ROW, type ContestParent } from './contests.resolver.js';

/** Fields of Contest, batched per request. */
@Resolver(() => ContestObject)
export class ContestFieldsResolver {
  constructor(
    private readonly contests: ContestsService,
    private readonly entryService: ContestEntriesService,
    private readonly repository: ContestsRepository,
  ) {}

  @Public()
  @ResolveField(() => ContestEntryConnection, { description: 'Entries in entry order: those shown to everyone, your own, and for moderators all (see `eligible`).' })
  async entries(
    @Ctx() ctx: RequestContext,
    @Parent() contest: ContestParent,
    @Args('first', { type: () => Int, nullable: true, description: 'How many, 1–100 (default 20).' }) first?: number,
    @Args('after', { nullable: true, description: 'The cursor of the previous page\'s last entry.' }) after?: string,
  ) {
    const page = await this.entryService.entries(ctx, contest[ROW], first, after);
    return toConnection(page, (e) => [new Date(e.createdAt).toISOString(), e.id]) as unknown as ContestEntryConnection;
  }

  @Public()
  @ResolveField(() => Int, { description: 'Eligible entries so far (shown, not hidden or deleted).' })
  entryCount(contest: ContestParent, _args: unknown, gql: GqlContext): Promise<number> {
    return this.entryService.entryCountLoader(contextOf(gql)).load(contest.id);
  }

  @Public()
  @ResolveField(() => [ContestWinnerObject], { description: 'The winners, first place first; empty until they are chosen.' })
  winners(contest: ContestParent, _args: unknown, gql: GqlContext): Promise<WinnerRow[]> {
    const ctx = contextOf(gql);
    return ctx
      .loader<string, WinnerRow[]>('contestWinners', async (ids) => {
        const rows = await this.repository.winners(ids);
        return ids.map((id) => rows.filter((w) => w.contestId === id));
      })
      .load(contest.id);
  }

  @Public()
  @ResolveField(() => ContestEligibilityObject, { description: 'Whether you may enter now, and if not why (trust level, account age, one entry, timing).' })
  myEligibility(contest: ContestParent, _args: unknown, gql: GqlContext): Promise<ContestEligibilityObject> {
    const ctx = contextOf(gql);
    return ctx.loader<ContestParent, ContestEligibilityObject>('contestEligibility', (cs) => this.contests.eligibility(ctx, cs.map((c) => c[ROW]))).load(contest);
  }
}

/** Fields of ContestWinner and ContestEntry. */
@Resolver(() => ContestWinnerObject)
export class ContestWinnerFieldsResolver {
  constructor(private readonly entries: ContestEntriesService) {}

  @Public()
  @ResolveField(() => ContestEntryObject, { nullable: true, description: 'The winning entry.' })
  entry(winner: WinnerRow, _args: unknown, gql: GqlContext): Promise<EntryRow | null> {
    return this.entries.entryLoader(contextOf(gql)).load(winner.entryId);
  }
}

@Resolver(() => ContestEntryObject)
export class ContestEntryFieldsResolver {
  constructor(private readonly entries: ContestEntriesService) {}

  @Public()
  @ResolveField(() => UserObject, { nullable: true, description: 'Who entered; null once the account is deleted.' })
  author(entry: EntryRow, _args: unknown, gql: GqlContext) {
    return this.entries.authorOf(contextOf(gql), entry);
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'The entry is yours.' })
  mine(entry: EntryRow, _args: unknown, gql: GqlContext): boolean {
    return contextOf(gql).user?.id === entry.userId;
  }
}
