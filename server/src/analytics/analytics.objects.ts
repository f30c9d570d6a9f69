import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum KpiBucket {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(KpiBucket, {
  name: 'KpiBucket',
  description: 'How a KPI series cuts its period.',
  valuesMap: {
    DAY: { description: 'One point per calendar day.' },
    WEEK: { description: 'One point per ISO week (Monday to Sunday); the first and last may be cut short by the period.' },
    MONTH: { description: 'One point per calendar month; the first and last may be cut short by the period.' },
  },
});

@InputType('CommunityKpisInput', { description: 'Which period the KPI dashboard shows, and how its series are cut.' })
export class CommunityKpisInput {
  @Field({ description: 'Start of the period: its calendar day in `timeZone` is the first day counted.' })
  from: Date;

  @Field({ description: 'End of the period, exclusive: the day of the last instant before it is the last day counted. At most 731 days after `from`.' })
  to: Date;

  @Field(() => KpiBucket, { defaultValue: KpiBucket.DAY, description: 'Bucket size of the series; at most 366 buckets per period.' })
  bucket: KpiBucket;

  @Field(() => String, { nullable: true, description: 'IANA time zone deciding which calendar days the period covers and where weeks and months start (default UTC).' })
  timeZone?: string | null;
}

@ObjectType('KpiFigures', {
  description:
    'The community\'s figures over some days. Counters are per UTC calendar day and summed; members are people with the MEMBER role (staff are not counted as members, but their posts count as contributions).',
})
export class KpiFiguresObject {
  @Field(() => Int, { description: 'Accounts created in these days that are members now (approved, not removed).' })
  newMembers: number;

  @Field(() => Int, {
    description:
      'Unique signed-out readers per day, summed over the days (so one person on two days counts twice): clients that ran the web app (a GraphQL request) without a robot\'s user agent and with at most 500 requests that day. Counted without cookies, from a daily-salted hash.',
  })
  visitors: number;

  @Field(() => Int, { description: 'Distinct members active in these days: signed in and used the site, or wrote a post.' })
  activeMembers: number;

  @Field(() => Int, { description: 'Distinct members who wrote a topic or a reply in these days (still visible).' })
  contributingMembers: number;

  @Field(() => Float, { nullable: true, description: 'contributingMembers ÷ activeMembers, 0–1; null without active members.' })
  contributorShare: number | null;

  @Field(() => Int, { description: 'Topics started (still listed), by anyone.' })
  topics: number;

  @Field(() => Int, { description: 'Replies written (approved, not deleted or hidden), by anyone.' })
  replies: number;

  @Field(() => Int, { description: 'Reactions given.' })
  reactions: number;

  @Field(() => Int, { description: 'Ideas submitted (topics on an ideas board; also counted in `topics`).' })
  ideas: number;

  @Field(() => Int, { description: 'Event answers given, GOING, INTERESTED or waitlisted (not NOT_GOING).' })
  rsvps: number;

  @Field(() => Int, { description: 'Contest entries submitted.' })
  contestEntries: number;

  @Field(() => Int, { description: 'topics + replies + reactions + rsvps + contestEntries (ideas are topics, so not added twice).' })
  contributions: number;

  @Field(() => Float, { nullable: true, description: 'Participation: replies ÷ topics of these days; null without topics.' })
  repliesPerTopic: number | null;

  @Field(() => Int, { description: 'Topics started by members in these days (the base of the response-time figures).' })
  memberTopics: number;

  @Field(() => Float, { nullable: true, description: 'Participation: share of memberTopics that got a reply from someone other than their author so far, 0–1; null without member topics.' })
  topicsWithReplyShare: number | null;
}

@ObjectType('KpiSeriesPoint', { description: 'The figures of one bucket of a series.' })
export class KpiSeriesPointObject extends KpiFiguresObject {
  @Field({ description: 'First day of the bucket, YYYY-MM-DD.' })
  start: string;

  @Field({ description: 'Day after the bucket\'s last day, YYYY-MM-DD.' })
  end: string;
}

@ObjectType('KpiResponseTimes', {
  description:
    'How fast members\' topics started in the period were answered, in business-hours seconds (the community\'s hours in the reply inbox settings; hours outside them do not count). A reply is an approved post by someone other than the topic\'s author; a team reply is one by staff.',
})
export class KpiResponseTimesObject {
  @Field(() => Int, { description: 'Topics started by members in the period.' })
  topics: number;

  @Field(() => Int, { description: 'Of those, how many got a reply from anyone so far.' })
  replied: number;

  @Field(() => Int, { description: 'Of those, how many got a team reply so far.' })
  answeredByTeam: number;

  @Field(() => Int, { description: 'Of those, how many got a team reply within the reply target.' })
  answeredWithinTarget: number;

  @Field(() => Float, { nullable: true, description: 'answeredWithinTarget ÷ topics, 0–1 (topics the team has not answered count as not within); null without topics.' })
  withinTargetShare: number | null;

  @Field(() => Int, { description: 'The reply target used, in business minutes.' })
  targetMinutes: number;

  @Field(() => Int, { nullable: true, description: 'Median time to the first reply by anyone, business seconds; null when none was replied to.' })
  firstReplyMedianSeconds: number | null;

  @Field(() => Int, { nullable: true, description: '90th percentile (linear interpolation) of the time to the first reply by anyone, business seconds.' })
  firstReplyP90Seconds: number | null;

  @Field(() => Int, { nullable: true, description: 'Median time to the first team reply, business seconds; null when the team answered none.' })
  firstTeamReplyMedianSeconds: number | null;

  @Field(() => Int, { nullable: true, description: '90th percentile (linear interpolation) of the time to the first team reply, business seconds.' })
  firstTeamReplyP90Seconds: number | null;
}

@ObjectType('KpiContributor', { description: 'A member among those who wrote the most in the period.' })
export class KpiContributorObject {
  @Field(() => ID, { description: 'The member\'s id.' })
  userId: string;

  @Field({ description: 'Their handle.' })
  handle: string;

  @Field({ description: 'Their display name.' })
  displayName: string;

  @Field(() => Int, { description: 'Topics and replies they wrote in the period (still visible).' })
  posts: number;
}

@ObjectType('KpiTopic', { description: 'A topic started in the period, among those with the most replies and reactions so far.' })
export class KpiTopicObject {
  @Field(() => ID, { description: 'The topic\'s id.' })
  topicId: string;

  @Field({ description: 'Its title.' })
  title: string;

  @Field(() => Int, { description: 'Replies it has now.' })
  replies: number;

  @Field(() => Int, { description: 'Reactions it has now.' })
  reactions: number;
}

@ObjectType('KpiCategory', { description: 'A category among the busiest of the period.' })
export class KpiCategoryObject {
  @Field(() => ID, { description: 'The category\'s id.' })
  categoryId: string;

  @Field({ description: 'Its name.' })
  name: string;

  @Field(() => Int, { description: 'Topics started there in the period.' })
  topics: number;

  @Field(() => Int, { description: 'Replies written there in the period.' })
  replies: number;
}

@ObjectType('KpiPeriod', { description: 'One period of the dashboard: its totals, its series, response times and top lists.' })
export class KpiPeriodObject {
  @Field({ description: 'First day, YYYY-MM-DD.' })
  start: string;

  @Field({ description: 'Day after the last day, YYYY-MM-DD.' })
  end: string;

  @Field(() => KpiFiguresObject, { description: 'The whole period (distinct members over the whole period, not summed over buckets).' })
  totals: KpiFiguresObject;

  @Field(() => [KpiSeriesPointObject], { description: 'One point per bucket, in order.' })
  series: KpiSeriesPointObject[];

  @Field(() => KpiResponseTimesObject, { description: 'Response times of the members\' topics started in the period.' })
  responseTimes: KpiResponseTimesObject;

  @Field(() => [KpiContributorObject], { description: 'Up to 10 members who wrote the most, most first.' })
  topContributors: KpiContributorObject[];

  @Field(() => [KpiTopicObject], { description: 'Up to 10 topics started in the period with the most replies plus reactions, most first.' })
  topTopics: KpiTopicObject[];

  @Field(() => [KpiCategoryObject], { description: 'Up to 10 categories with the most topics plus replies, most first.' })
  busiestCategories: KpiCategoryObject[];
}

@ObjectType('CommunityKpis', { description: 'The KPI dashboard: a period beside the previous period of the same length. Staff with kpis:read.' })
export class CommunityKpisObject {
  @Field(() => KpiBucket, { description: 'The bucket size of the series.' })
  bucket: KpiBucket;

  @Field({ description: 'The time zone the days were chosen in.' })
  timeZone: string;

  @Field(() => KpiPeriodObject, { description: 'The period asked for.' })
  current: KpiPeriodObject;

  @Field(() => KpiPeriodObject, { description: 'The same number of days just before it.' })
  previous: KpiPeriodObject;

  @Field(() => Int, { description: 'Members\' questions and ideas awaiting a first answer from the team now (open UNANSWERED inbox items of listed topics).' })
  unansweredNow: number;

  @Field(() => Date, { nullable: true, description: 'When today\'s rollup was computed (figures are at most KPI_FRESH_SECONDS older than the request); null if never.' })
  computedAt: Date | null;
}
