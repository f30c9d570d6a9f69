import { Foundation1764120000000 } from './1764120000000-Foundation.js';
import { Forum1764130000000 } from './1764130000000-Forum.js';
import { Moderation1764140000000 } from './1764140000000-Moderation.js';
import { Membership1764150000000 } from './1764150000000-Membership.js';
import { FlagOwners1764160000000 } from './1764160000000-FlagOwners.js';
import { StaffLeaders1764170000000 } from './1764170000000-StaffLeaders.js';
import { FlagThreshold1764180000000 } from './1764180000000-FlagThreshold.js';
import { MemberSearch1764190000000 } from './1764190000000-MemberSearch.js';
import { TopicHiding1764200000000 } from './1764200000000-TopicHiding.js';
import { MailOutbox1764210000000 } from './1764210000000-MailOutbox.js';
import { MemberRoleIndex1764220000000 } from './1764220000000-MemberRoleIndex.js';
import { VisibleCounters1764231000000 } from './1764231000000-VisibleCounters.js';
import { SearchRecency1764243000000 } from './1764243000000-SearchRecency.js';
import { CategoryCounterShards1764250000000 } from './1764250000000-CategoryCounterShards.js';
import { JobQueue1764260000000 } from './1764260000000-JobQueue.js';
import { Contests1764272000000 } from './1764272000000-Contests.js';
import { Polls1764274000000 } from './1764274000000-Polls.js';
import { Events1764280000000 } from './1764280000000-Events.js';
import { Ideas1764290000000 } from './1764290000000-Ideas.js';
import { ReplyInbox1764300000000 } from './1764300000000-ReplyInbox.js';
import { CommunityKpis1764310000000 } from './1764310000000-CommunityKpis.js';
import { ReviewFeed1764320000000 } from './1764320000000-ReviewFeed.js';
import { KpiReadRollups1764330000000 } from './1764330000000-KpiReadRollups.js';
import { MentionPrefixes1764340000000 } from './1764340000000-MentionPrefixes.js';
import { SitemapTopics1764345000000 } from './1764345000000-SitemapTopics.js';
import { TimeOrderedIds1764350000000 } from './1764350000000-TimeOrderedIds.js';

/** Every migration, in order. A merged migration is never edited: add a new one. */
export const MIGRATIONS = [Foundation1764120000000, Forum1764130000000, Moderation1764140000000, Membership1764150000000, FlagOwners1764160000000, StaffLeaders1764170000000, FlagThreshold1764180000000, MemberSearch1764190000000, TopicHiding1764200000000, MailOutbox1764210000000, MemberRoleIndex1764220000000, VisibleCounters1764231000000, SearchRecency1764243000000, CategoryCounterShards1764250000000, JobQueue1764260000000, Contests1764272000000, Polls1764274000000, Events1764280000000, Ideas1764290000000, ReplyInbox1764300000000, CommunityKpis1764310000000, ReviewFeed1764320000000, KpiReadRollups1764330000000, MentionPrefixes1764340000000, SitemapTopics1764345000000, TimeOrderedIds1764350000000];
