/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How people join the community. */
export type AccessMode =
  /** Sign-up creates a join request staff approve or reject. */
  | 'APPROVAL'
  /** Only with a single-use, expiring invitation link from staff. */
  | 'INVITE_ONLY'
  /** Anyone signs up. */
  | 'OPEN';

/** A password change: the current password proves it is the owner. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password: 10–256 characters, different from the current one. */
  newPassword: string;
};

/** What an entry must contain. */
export type ContestEntryKind =
  /** An uploaded image, with optional text. */
  | 'IMAGE'
  /** Text; no image. */
  | 'TEXT'
  /** Text, an image, or both. */
  | 'TEXT_OR_IMAGE';

/** Why you cannot enter a contest now (the same reasons `enterContest` refuses with). */
export type ContestIneligibility =
  /** Your account is younger than the contest's minimum age. */
  | 'ACCOUNT_TOO_NEW'
  /** You have made all the entries allowed (one, when one per member). */
  | 'ALREADY_ENTERED'
  /** You cannot post in the contest's category. */
  | 'CANNOT_POST'
  /** The contest has closed. */
  | 'CLOSED'
  /** The contest has not opened. */
  | 'NOT_OPEN_YET'
  /** Sign in first. */
  | 'NOT_SIGNED_IN'
  /** Your trust level is below the contest's minimum. */
  | 'TRUST_LEVEL_TOO_LOW';

/** Where a contest is in its life. */
export type ContestPhase =
  /** Past its closing time; the draw runs within moments. */
  | 'CLOSING'
  /** Winners chosen and announced; the seed is revealed. */
  | 'FINISHED'
  /** Closed; the list is frozen and staff are picking the winners. */
  | 'JUDGING'
  /** Taking entries (and votes). */
  | 'OPEN'
  /** Not open yet: entries are refused. */
  | 'UPCOMING';

/** One jury pick. */
export type ContestPickInput = {
  /** An entry of the frozen list. */
  entryId: string | number;
  /** Why it wins, 3–500 characters; shown with the result and kept in the audit log. */
  reason: string;
};

/** How a contest chooses its winners. */
export type ContestSelection =
  /** Staff pick the winners after the close, each with a reason. */
  | 'JURY'
  /** Members vote (one vote per entry, not for their own) until the close; ties are broken by the verifiable draw. */
  | 'MOST_VOTES'
  /** A verifiable random draw among the eligible entries (see @townsquare/draw). */
  | 'RANDOM_DRAW';

/** How one winner was chosen. */
export type ContestWinMethod =
  /** By the random draw over the frozen list. */
  | 'DRAW'
  /** Picked by staff, with a reason. */
  | 'JURY'
  /** Tied on votes at the last places; chosen by the draw over the tied entries. */
  | 'TIE_BREAK'
  /** By having more votes than every entry not chosen. */
  | 'VOTES';

/** A new contest; its topic is created with it, in the category you pick. */
export type CreateContestInput = {
  /** The category for the contest's topic; you need its post permission. */
  categoryId: string | number;
  /** When entries close; after `opensAt`, in the future, at most 365 days after opening. */
  closesAt: string;
  /** What an entry must contain. */
  entryKind?: ContestEntryKind;
  /** Days an account must exist to enter, 0–3650. */
  minAccountAgeDays?: number;
  /** Lowest trust level that may enter: NEW, BASIC, MEMBER, REGULAR or LEADER. */
  minTrustLevel?: string;
  /** Each member may enter once. */
  oneEntryPerMember?: boolean;
  /** When entries open. */
  opensAt: string;
  /** The rules in Markdown, 1–20,000 characters; they open the topic. */
  rules: string;
  /** How the winners are chosen; fixed once created. */
  selection?: ContestSelection;
  /** Title, 5–200 characters. */
  title: string;
  /** How many winners, 1–50. */
  winnerCount?: number;
};

/** A poll to attach to a post you may edit. */
export type CreatePollInput = {
  /** Nobody, staff included, can ever see who voted for what. Cannot be changed later. */
  anonymous?: boolean;
  /** When it closes by itself: in the future, within 366 days. Omit to close it by hand. */
  closesAt?: string | null | undefined;
  /** Single or multiple choice. */
  kind?: PollKind;
  /** MULTIPLE only: at most this many choices, 2 to the number of options (default: all). */
  maxChoices?: number | null | undefined;
  /** 2–20 distinct answers, 1–200 characters each, in the order shown. */
  options: Array<string>;
  /** The post (opening post for a topic's poll, or a reply); one poll per post. */
  postId: string | number;
  /** The question, up to 300 characters; omit when the post asks it. */
  question?: string | null | undefined;
  /** When readers see the counts. */
  resultsVisibility?: PollResultsVisibility;
};

/** A reply in a topic. */
export type CreatePostInput = {
  /** Staff with the brand permission: write as the brand. */
  asBrand?: boolean;
  /** The reply in Markdown, 1–50,000 characters. */
  body: string;
  /** The post this replies to, in the same topic. */
  replyToPostId?: string | number | null | undefined;
  /** The topic to reply in. */
  topicId: string | number;
};

/** A new topic with its opening post. */
export type CreateTopicInput = {
  /** Staff with the brand permission: write as the brand. */
  asBrand?: boolean;
  /** Opening post in Markdown, 1–50,000 characters. */
  body: string;
  /** The category to post in; you need its post permission. */
  categoryId: string | number;
  /** What the topic is for. */
  kind?: TopicKind;
  /** Up to 5 existing tags. */
  tags?: Array<string>;
  /** Title, 5–200 characters. */
  title: string;
};

/** An edit of a post; the previous text is kept as a revision. */
export type EditPostInput = {
  /** The new Markdown, 1–50,000 characters. */
  body: string;
  /** The post to edit. */
  postId: string | number;
  /** For the opening post: a new topic title, 5–200 characters. */
  title?: string | null | undefined;
};

/** An entry: a reply in the contest's topic. */
export type EnterContestInput = {
  /** Text in Markdown, up to 10,000 characters. */
  body?: string;
  /** The contest to enter. */
  contestId: string | number;
  /** An image you uploaded, as its `/uploads/…` URL. */
  imageUrl?: string | null | undefined;
};

/** An event as its manager writes it. Times are wall-clock times in `timeZone`. */
export type EventInput = {
  /** Places per occurrence, 1–100,000; none for no limit. */
  capacity?: number | null | undefined;
  /** The category of its discussion topic; you need to be able to post there. */
  categoryId: string | number;
  /** An uploaded image for the cover. */
  coverUploadId?: string | number | null | undefined;
  /** Description in Markdown, 1–20,000 characters; also the opening post of its discussion. */
  description: string;
  /** End as wall-clock time in the zone: YYYY-MM-DDTHH:mm; after the start, at most 14 days later. */
  endsAtLocal: string;
  /** Starts to leave out of the rule (EXDATE), as instants. */
  exceptDates?: Array<string> | null | undefined;
  /** Where, up to 300 characters. */
  location?: string | null | undefined;
  /** For TRUST_LEVEL: NEW, BASIC, MEMBER, REGULAR or LEADER. */
  minTrustLevel?: string | null | undefined;
  /** Online link: http or https, up to 2,000 characters. */
  onlineUrl?: string | null | undefined;
  /** RFC 5545 RRULE value (DAILY, WEEKLY, MONTHLY or YEARLY) that ends by COUNT or UNTIL, at most 200 dates. */
  recurrenceRule?: string | null | undefined;
  /** Reminders in minutes before each start (default 1440 and 60), up to 5, each 5 minutes to 14 days. */
  reminderMinutes?: Array<number> | null | undefined;
  /** When answers close (before the first start). */
  rsvpDeadline?: string | null | undefined;
  /** Start as wall-clock time in the zone: YYYY-MM-DDTHH:mm. */
  startsAtLocal: string;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: string;
  /** Title, 5–200 characters. */
  title: string;
  /** Who sees it. */
  visibility?: EventVisibility;
};

/** Which occurrences a list holds. */
export type EventRange =
  /** Ended, most recent first. */
  | 'PAST'
  /** Not yet ended, soonest first. */
  | 'UPCOMING';

/** Where an event stands. */
export type EventStatus =
  /** Called off: still visible, takes no answers. */
  | 'CANCELLED'
  /** Being prepared: only those who manage events see it. */
  | 'DRAFT'
  /** Visible to its audience; takes answers. */
  | 'PUBLISHED';

/** Who sees a published event, among those who may read its category. */
export type EventVisibility =
  /** Everyone who reads the category, guests included; the only kind listed in the public calendar feeds. */
  | 'EVERYONE'
  /** Signed-in members. */
  | 'MEMBERS'
  /** Moderators, community managers and admins. */
  | 'STAFF'
  /** Members at `minTrustLevel` or above, and staff. */
  | 'TRUST_LEVEL';

/** What kind of feedback a post gives. */
export type FeedbackType =
  /** Something does not work as it should. */
  | 'BUG'
  /** A member is unhappy with the product or service. */
  | 'COMPLAINT'
  /** A suggestion or feature request. */
  | 'IDEA'
  /** A member likes something. */
  | 'PRAISE'
  /** A member asks how something works. */
  | 'QUESTION';

/** A flag. */
export type FlagInput = {
  /** A note for the moderators (required for OTHER), up to 1,000 characters. */
  note?: string | null | undefined;
  /** Why. */
  reason: FlagReason;
  /** Its id. */
  targetId: string | number;
  /** What you flag. */
  targetType: FlagTargetType;
};

/** What the moderators decided on something you flagged. */
export type FlagOutcome =
  /** They agreed and the content stays: they acted on its author, or you flagged a member. */
  | 'AGREED'
  /** The post or topic you flagged is out of readers' sight: hidden or removed. */
  | 'CONTENT_REMOVED'
  /** They did not act on it: the content stays up. */
  | 'DISMISSED';

/** Why something was flagged. */
export type FlagReason =
  /** Breaks the law. */
  | 'ILLEGAL'
  /** Rude, hostile or abusive. */
  | 'OFFENSIVE'
  /** Does not belong here. */
  | 'OFF_TOPIC'
  /** Something else: the note says what. */
  | 'OTHER'
  /** Advertising or junk. */
  | 'SPAM';

/** What a flag or queue item is about. */
export type FlagTargetType =
  /** A post. */
  | 'POST'
  /** A topic. */
  | 'TOPIC'
  /** A member. */
  | 'USER';

/** Which ideas a board list shows; every filter is optional and they combine. */
export type IdeaFilterInput = {
  /** Only this board (category). */
  categoryId?: string | number | null | undefined;
  /** Staff only: ideas that feedback of this product area supports. */
  productAreaId?: string | number | null | undefined;
  /** Only these statuses (up to 7). Without it, every status but DUPLICATE (merged ideas live on in the idea kept). */
  statuses?: Array<IdeaStatus> | null | undefined;
  /** Only ideas with this tag. */
  tag?: string | null | undefined;
  /** Staff only: ideas with a vote from a member who joined at or after this time. */
  voterJoinedAfter?: string | null | undefined;
  /** Staff only: ideas with a vote from members at these trust levels (NEW, BASIC, MEMBER, REGULAR, LEADER). */
  voterTrustLevels?: Array<string> | null | undefined;
};

/** Orders of the ideas board. */
export type IdeaSort =
  /** Newest ideas first. */
  | 'NEW'
  /** Latest status change, official response or merge first. */
  | 'RECENTLY_UPDATED'
  /** Most votes first. */
  | 'TOP'
  /** Most votes given within the last `trendingDays` days first; ideas without a vote in that window are left out. */
  | 'TRENDING';

/** Where an idea stands. DONE, DECLINED and DUPLICATE are closed: they take no votes and give their votes back to the voters. */
export type IdeaStatus =
  /** Will not be done; the official response usually says why. Closed. */
  | 'DECLINED'
  /** Shipped. Closed. */
  | 'DONE'
  /** Merged into another idea (see Idea.mergedIntoTopicId), which took its votes. Closed; set only by mergeIdea. */
  | 'DUPLICATE'
  /** Being built. */
  | 'IN_PROGRESS'
  /** Submitted; nobody on the team has looked yet. */
  | 'NEW'
  /** On the roadmap. */
  | 'PLANNED'
  /** The team is considering it. */
  | 'UNDER_REVIEW';

/** A feedback mark on a post. */
export type MarkFeedbackInput = {
  /** The topic of an idea the post supports. */
  ideaTopicId?: string | number | null | undefined;
  /** The post; marking it again replaces its mark. */
  postId: string | number;
  /** Its product area (see productAreas). */
  productAreaId?: string | number | null | undefined;
  /** What kind of feedback it gives. */
  type: FeedbackType;
};

/** Whether a person belongs to the community. */
export type MembershipStatus =
  /** A member. */
  | 'ACTIVE'
  /** Their join request waits for staff. */
  | 'PENDING'
  /** Their join request was declined. */
  | 'REJECTED'
  /** Removed by staff (restorable). */
  | 'REMOVED';

/** Why you were notified. */
export type NotificationKind =
  /** Your reply was accepted as the answer. */
  | 'ACCEPTED_ANSWER'
  /** Your contest entry won; the post is your entry in the contest's topic. */
  | 'CONTEST_WON'
  /** An event (or one date of it) you were going to or waitlisted for was cancelled. */
  | 'EVENT_CANCELLED'
  /** The time or place of an event you are going to (or waitlisted for) changed. */
  | 'EVENT_CHANGED'
  /** A place freed up at an event you were waitlisted for: you are now going. */
  | 'EVENT_PROMOTED'
  /** An event you are going to starts soon. */
  | 'EVENT_REMINDER'
  /** The moderators decided on something you flagged; `flagOutcome` says what they decided (the moderator is not named). */
  | 'FLAG_OUTCOME'
  /** An idea you voted for or watch changed status or got an official response; `ideaStatus` says which status it has now. */
  | 'IDEA_STATUS'
  /** Staff on duty: a topic in the reply inbox waited longer than the reply target (business hours). */
  | 'INBOX_OVERDUE'
  /** Someone mentioned you with @handle. */
  | 'MENTION'
  /** A new topic in a category you watch. */
  | 'NEW_TOPIC'
  /** The team answered your question officially. */
  | 'OFFICIAL_REPLY'
  /** Your post was hidden pending review (flags) or by staff; the reason says why. */
  | 'POST_HIDDEN'
  /** Someone quoted your post. */
  | 'QUOTE'
  /** Members reacted to your post (grouped while unread). */
  | 'REACTION'
  /** Someone replied to your post or topic. */
  | 'REPLY'
  /** Staff warned you; the reason says why. */
  | 'STAFF_WARNING'
  /** A new reply in a topic you watch. */
  | 'WATCHED_POST';

/** How many options a voter may choose. */
export type PollKind =
  /** One or more options, up to the poll's `maxChoices`. */
  | 'MULTIPLE'
  /** Exactly one option. */
  | 'SINGLE';

/** When readers see a poll's counts; everyone sees them once it has closed. */
export type PollResultsVisibility =
  /** Only once you have voted (staff and the author included). */
  | 'AFTER_VOTE'
  /** Always, before voting too. */
  | 'ALWAYS';

/** Who a post speaks for; members always see which one it is. */
export type PostVoice =
  /** Staff writing as the brand: the brand's name, logo and an "official" badge. */
  | 'BRAND'
  /** A member, for themselves. */
  | 'MEMBER'
  /** A staff member writing as themselves: shown with a "team" badge. */
  | 'TEAM';

/** The reactions a member can give; one of each kind per post. */
export type Reaction =
  /** Insightful. */
  | 'INSIGHTFUL'
  /** Like. */
  | 'LIKE'
  /** Love. */
  | 'LOVE'
  /** Thanks. */
  | 'THANKS';

/** What a person may do in the community, from least to most trusted. */
export type Role =
  /** Everything, including settings and roles. */
  | 'ADMIN'
  /** Runs the community: everything a moderator does, plus events, members and guidelines. */
  | 'COMMUNITY_MANAGER'
  /** Takes part: posts, replies, reacts. */
  | 'MEMBER'
  /** Keeps the community healthy: works the moderation queue. */
  | 'MODERATOR';

/** What a member answers; GOING on a full event puts them on its waitlist. */
export type RsvpChoice =
  /** Take a place (or a waitlist place when it is full). */
  | 'GOING'
  /** Interested; gives up a place or waitlist place held. */
  | 'INTERESTED'
  /** Not going; gives up a place or waitlist place held. */
  | 'NOT_GOING';

/** A member's answer to one occurrence of an event. */
export type RsvpStatus =
  /** Has a place. */
  | 'GOING'
  /** Interested, no place taken. */
  | 'INTERESTED'
  /** Not going. */
  | 'NOT_GOING'
  /** Answered GOING when the event was full: waits in order for a place and is moved to GOING automatically. */
  | 'WAITLISTED';

/** A status for an idea, with an optional official response. */
export type SetIdeaStatusInput = {
  /** The official response shown at the top of the idea, up to 5,000 characters; omit to keep the current one. */
  officialResponse?: string | null | undefined;
  /** The new status; DUPLICATE is set by mergeIdea only. The same status with a new response only updates the response. */
  status: IdeaStatus;
  /** The idea's topic. */
  topicId: string | number;
};

/** Credentials for signing in. */
export type SignInInput = {
  /** Email address or handle. */
  login: string;
  /** The account's password. */
  password: string;
};

/** What a new member provides to create an account. */
export type SignUpInput = {
  /** Display name: 1–50 characters. */
  displayName: string;
  /** Email address; unique, compared case-insensitively; at most 254 characters. */
  email: string;
  /** Handle: 3–20 characters of a–z, 0–9 and _; unique. */
  handle: string;
  /** Invite-only communities: the invitation token from the link. */
  inviteToken?: string | null | undefined;
  /** Communities that approve members: a note for the moderators, up to 1,000 characters. */
  joinMessage?: string | null | undefined;
  /** Password: 10–256 characters. */
  password: string;
};

/** The period of a TOP list, counted back from now. */
export type TopPeriod =
  /** All time. */
  | 'ALL'
  /** The last 24 hours. */
  | 'DAY'
  /** The last 30 days. */
  | 'MONTH'
  /** The last 7 days. */
  | 'WEEK'
  /** The last 365 days. */
  | 'YEAR';

/** Which topics a list includes, for the signed-in member. */
export type TopicFilter =
  /** Every topic. */
  | 'ALL'
  /** Topics from the last 14 days you have not opened. */
  | 'NEW'
  /** Topics you have read that have posts you have not. */
  | 'UNREAD';

/** What a topic is for. */
export type TopicKind =
  /** News, usually from the team. */
  | 'ANNOUNCEMENT'
  /** A conversation. */
  | 'DISCUSSION'
  /** A suggestion for the product. */
  | 'IDEA'
  /** A question; one reply can be accepted as the answer. */
  | 'QUESTION';

/** How a topic list is ordered. */
export type TopicSort =
  /** Recent topics weighted by replies and reactions, decaying with age. */
  | 'HOT'
  /** Most recent activity first; pinned topics lead the first page. */
  | 'LATEST'
  /** Newest topics first. */
  | 'NEW'
  /** Most replies and reactions within `period`. */
  | 'TOP'
  /** Questions with neither an accepted nor a staff answer, newest first. */
  | 'UNANSWERED';

/** How closely you follow a topic or category. */
export type WatchLevel =
  /** Never notify me about it. */
  | 'MUTED'
  /** Notify me only when someone replies to me, mentions or quotes me (the default). */
  | 'TRACKING'
  /** Notify me of every new post (and, for categories, every new topic). */
  | 'WATCHING';

/** What a watch level applies to. */
export type WatchTarget =
  /** A category. */
  | 'CATEGORY'
  /** A topic. */
  | 'TOPIC';

export type MentionSuggestionsQueryVariables = Exact<{
  prefix: string;
  topicId?: string | number | null | undefined;
}>;


export type MentionSuggestionsQuery = { mentionSuggestions: Array<{ id: string, handle: string, displayName: string }> };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, handle: string, displayName: string, role: Role, email: string | null, createdAt: string, membership: MembershipStatus | null, guidelinesAccepted: number | null, silencedUntil: string | null } | null };

export type SessionUserFragment = { id: string, handle: string, displayName: string, role: Role, email: string | null, createdAt: string, membership: MembershipStatus | null, guidelinesAccepted: number | null, silencedUntil: string | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string, handle: string, displayName: string, role: Role, email: string | null, createdAt: string, membership: MembershipStatus | null, guidelinesAccepted: number | null, silencedUntil: string | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string, handle: string, displayName: string, role: Role, email: string | null, createdAt: string, membership: MembershipStatus | null, guidelinesAccepted: number | null, silencedUntil: string | null } } };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ id: string, slug: string, name: string, description: string, color: string, position: number, parentId: string | null, topicCount: number, postCount: number, unreadCount: number | null, newCount: number | null, viewerCanPost: boolean, watchLevel: WatchLevel | null }> };

export type CommunityQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunityQuery = { community: { name: string, description: string, brandName: string, accessMode: AccessMode, requireGuidelines: boolean, guidelinesVersion: number | null } };

export type ContestQueryVariables = Exact<{
  id: string | number;
}>;


export type ContestQuery = { contest: { id: string, topicId: string, title: string, rules: string, rulesHtml: string, opensAt: string, closesAt: string, entryKind: ContestEntryKind, minTrustLevel: string, minAccountAgeDays: number, oneEntryPerMember: boolean, winnerCount: number, selection: ContestSelection, phase: ContestPhase, drawAlgorithm: string, seedCommitment: string, seed: string | null, frozenEntryIds: Array<string> | null, tieBreakEntryIds: Array<string> | null, tieBreakSlots: number | null, entryCount: number, myEligibility: { eligible: boolean, reason: ContestIneligibility | null, message: string }, winners: Array<{ rank: number, entryId: string, method: ContestWinMethod, votes: number | null, reason: string | null, entry: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null }>, entries: { edges: Array<{ node: { id: string, postId: string, postNumber: number, bodyHtml: string, imageUrl: string | null, voteCount: number, votedByMe: boolean, mine: boolean, eligible: boolean, createdAt: string, author: { handle: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ContestDetailFragment = { id: string, topicId: string, title: string, rules: string, rulesHtml: string, opensAt: string, closesAt: string, entryKind: ContestEntryKind, minTrustLevel: string, minAccountAgeDays: number, oneEntryPerMember: boolean, winnerCount: number, selection: ContestSelection, phase: ContestPhase, drawAlgorithm: string, seedCommitment: string, seed: string | null, frozenEntryIds: Array<string> | null, tieBreakEntryIds: Array<string> | null, tieBreakSlots: number | null, entryCount: number, myEligibility: { eligible: boolean, reason: ContestIneligibility | null, message: string }, winners: Array<{ rank: number, entryId: string, method: ContestWinMethod, votes: number | null, reason: string | null, entry: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null }>, entries: { edges: Array<{ node: { id: string, postId: string, postNumber: number, bodyHtml: string, imageUrl: string | null, voteCount: number, votedByMe: boolean, mine: boolean, eligible: boolean, createdAt: string, author: { handle: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ContestEntryItemFragment = { id: string, postId: string, postNumber: number, bodyHtml: string, imageUrl: string | null, voteCount: number, votedByMe: boolean, mine: boolean, eligible: boolean, createdAt: string, author: { handle: string, displayName: string } | null };

export type ContestsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ContestsQuery = { contests: { edges: Array<{ node: { id: string, title: string, phase: ContestPhase, opensAt: string, closesAt: string, selection: ContestSelection, entryCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateContestMutationVariables = Exact<{
  input: CreateContestInput;
}>;


export type CreateContestMutation = { createContest: { id: string } };

export type EnterContestMutationVariables = Exact<{
  input: EnterContestInput;
}>;


export type EnterContestMutation = { enterContest: { id: string, postId: string, postNumber: number, bodyHtml: string, imageUrl: string | null, voteCount: number, votedByMe: boolean, mine: boolean, eligible: boolean, createdAt: string, author: { handle: string, displayName: string } | null } };

export type PickContestWinnersMutationVariables = Exact<{
  contestId: string | number;
  picks: Array<ContestPickInput> | ContestPickInput;
}>;


export type PickContestWinnersMutation = { pickContestWinners: { id: string, phase: ContestPhase } };

export type VoteContestEntryMutationVariables = Exact<{
  entryId: string | number;
}>;


export type VoteContestEntryMutation = { voteForContestEntry: { id: string, voteCount: number, votedByMe: boolean } };

export type WithdrawContestVoteMutationVariables = Exact<{
  entryId: string | number;
}>;


export type WithdrawContestVoteMutation = { withdrawContestVote: { id: string, voteCount: number, votedByMe: boolean } };

export type CancelEventMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelEventMutation = { cancelEvent: { id: string, status: EventStatus } };

export type EventOccurrencesQueryVariables = Exact<{
  range?: EventRange | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  categoryId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventOccurrencesQuery = { eventOccurrences: { edges: Array<{ node: { id: string, startsAt: string, endsAt: string, goingCount: number, placesLeft: number | null, cancelled: boolean, event: { id: string, title: string, timeZone: string, location: string | null, onlineUrl: string | null, coverUrl: string | null, status: EventStatus, category: { id: string, slug: string, name: string, color: string } | null } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type EventOccurrenceItemFragment = { id: string, startsAt: string, endsAt: string, goingCount: number, placesLeft: number | null, cancelled: boolean, event: { id: string, title: string, timeZone: string, location: string | null, onlineUrl: string | null, coverUrl: string | null, status: EventStatus, category: { id: string, slug: string, name: string, color: string } | null } };

export type EventQueryVariables = Exact<{
  id: string | number;
}>;


export type EventQuery = { event: { id: string, title: string, description: string, descriptionHtml: string, timeZone: string, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, location: string | null, onlineUrl: string | null, coverUrl: string | null, coverUploadId: string | null, capacity: number | null, rsvpDeadline: string | null, visibility: EventVisibility, minTrustLevel: string | null, status: EventStatus, recurrenceRule: string | null, exceptDates: Array<string>, reminderMinutes: Array<number>, topicId: string | null, categoryId: string, category: { id: string, slug: string, name: string, color: string } | null, nextOccurrence: { id: string, startsAt: string, endsAt: string, goingCount: number, waitlistCount: number, placesLeft: number | null, cancelled: boolean, rsvpOpen: boolean, rsvpDeadline: string | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null } | null }, occurrences: { edges: Array<{ node: { id: string, startsAt: string, endsAt: string, goingCount: number, waitlistCount: number, placesLeft: number | null, cancelled: boolean, rsvpOpen: boolean, rsvpDeadline: string | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null } | null } }> } } };

export type EventDetailsFragment = { id: string, title: string, description: string, descriptionHtml: string, timeZone: string, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, location: string | null, onlineUrl: string | null, coverUrl: string | null, coverUploadId: string | null, capacity: number | null, rsvpDeadline: string | null, visibility: EventVisibility, minTrustLevel: string | null, status: EventStatus, recurrenceRule: string | null, exceptDates: Array<string>, reminderMinutes: Array<number>, topicId: string | null, categoryId: string, category: { id: string, slug: string, name: string, color: string } | null, nextOccurrence: { id: string, startsAt: string, endsAt: string, goingCount: number, waitlistCount: number, placesLeft: number | null, cancelled: boolean, rsvpOpen: boolean, rsvpDeadline: string | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null } | null }, occurrences: { edges: Array<{ node: { id: string, startsAt: string, endsAt: string, goingCount: number, waitlistCount: number, placesLeft: number | null, cancelled: boolean, rsvpOpen: boolean, rsvpDeadline: string | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null } | null } }> } };

export type EventDateFragment = { id: string, startsAt: string, endsAt: string, goingCount: number, waitlistCount: number, placesLeft: number | null, cancelled: boolean, rsvpOpen: boolean, rsvpDeadline: string | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null } | null };

export type PublishEventMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishEventMutation = { publishEvent: { id: string, status: EventStatus, topicId: string | null } };

export type RsvpEventMutationVariables = Exact<{
  occurrenceId: string | number;
  status: RsvpChoice;
}>;


export type RsvpEventMutation = { rsvpEvent: { id: string, startsAt: string, endsAt: string, goingCount: number, waitlistCount: number, placesLeft: number | null, cancelled: boolean, rsvpOpen: boolean, rsvpDeadline: string | null, myRsvp: { status: RsvpStatus, waitlistPosition: number | null } | null } };

export type CreateEventMutationVariables = Exact<{
  input: EventInput;
  publish?: boolean | null | undefined;
}>;


export type CreateEventMutation = { createEvent: { id: string } };

export type UpdateEventMutationVariables = Exact<{
  id: string | number;
  input: EventInput;
}>;


export type UpdateEventMutation = { updateEvent: { id: string } };

export type AcceptAnswerMutationVariables = Exact<{
  postId: string | number;
}>;


export type AcceptAnswerMutation = { acceptAnswer: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type CategoryQueryVariables = Exact<{
  slug: string;
}>;


export type CategoryQuery = { category: { id: string, slug: string, name: string, description: string, color: string, parentId: string | null, topicCount: number, postCount: number, unreadCount: number | null, newCount: number | null, viewerCanPost: boolean, watchLevel: WatchLevel | null } };

export type CloseTopicMutationVariables = Exact<{
  topicId: string | number;
  reason: string;
}>;


export type CloseTopicMutation = { closeTopic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { createPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } };

export type CreateTopicMutationVariables = Exact<{
  input: CreateTopicInput;
}>;


export type CreateTopicMutation = { createTopic: { id: string, title: string, firstPost: { id: string } | null } };

export type DeletePostMutationVariables = Exact<{
  postId: string | number;
}>;


export type DeletePostMutation = { deletePost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } };

export type DeleteTopicMutationVariables = Exact<{
  topicId: string | number;
}>;


export type DeleteTopicMutation = { deleteTopic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type EditPostMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type EditPostMutation = { editPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } };

export type FeedbackIdeaQueryVariables = Exact<{
  topicId: string | number;
}>;


export type FeedbackIdeaQuery = { idea: { topicId: string, title: string, status: IdeaStatus } };

export type FeedbackIdeaSearchQueryVariables = Exact<{
  title: string;
}>;


export type FeedbackIdeaSearchQuery = { similarIdeas: Array<{ topicId: string, title: string, status: IdeaStatus }> };

export type StaffPostFeedbackMarkQueryVariables = Exact<{
  topicId: string | number;
  postNumber: number;
}>;


export type StaffPostFeedbackMarkQuery = { posts: { edges: Array<{ node: { id: string, postNumber: number, feedbackMark: { postId: string, type: FeedbackType, ideaTopicId: string | null, productArea: { id: string, name: string } | null } | null } }> }, productAreas: Array<{ id: string, name: string }> };

export type StaffFeedbackMarkFragment = { postId: string, type: FeedbackType, ideaTopicId: string | null, productArea: { id: string, name: string } | null };

export type FlagContentMutationVariables = Exact<{
  input: FlagInput;
}>;


export type FlagContentMutation = { flag: { id: string, itemId: string, hidden: boolean } };

export type HidePostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type HidePostMutation = { hidePost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } };

export type HideTopicMutationVariables = Exact<{
  topicId: string | number;
  reason: string;
}>;


export type HideTopicMutation = { hideTopic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type LockTopicMutationVariables = Exact<{
  topicId: string | number;
}>;


export type LockTopicMutation = { lockTopic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type StaffMarkFeedbackMutationVariables = Exact<{
  input: MarkFeedbackInput;
}>;


export type StaffMarkFeedbackMutation = { markFeedback: { postId: string, type: FeedbackType, ideaTopicId: string | null, productArea: { id: string, name: string } | null } };

export type MarkTopicReadMutationVariables = Exact<{
  topicId: string | number;
  postNumber?: number | null | undefined;
}>;


export type MarkTopicReadMutation = { markTopicRead: number };

export type MoveTopicMutationVariables = Exact<{
  topicId: string | number;
  categoryId: string | number;
}>;


export type MoveTopicMutation = { moveTopic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type PinTopicMutationVariables = Exact<{
  topicId: string | number;
  globally: boolean;
}>;


export type PinTopicMutation = { pinTopic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type PostReactorsQueryVariables = Exact<{
  topicId: string | number;
  postNumber: number;
  reaction: Reaction;
}>;


export type PostReactorsQuery = { posts: { edges: Array<{ node: { id: string, reactors: Array<{ id: string, handle: string, displayName: string }> } }> } };

export type PostRevisionsQueryVariables = Exact<{
  topicId: string | number;
  postNumber: number;
}>;


export type PostRevisionsQuery = { posts: { edges: Array<{ node: { id: string, postNumber: number, body: string, editedAt: string | null, createdAt: string, revision: number, revisions: Array<{ revision: number, body: string, title: string | null, createdAt: string }> } }> } };

export type PostsQueryVariables = Exact<{
  topicId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  fromPostNumber?: number | null | undefined;
}>;


export type PostsQuery = { posts: { edges: Array<{ node: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ReactMutationVariables = Exact<{
  postId: string | number;
  reaction: Reaction;
}>;


export type ReactMutation = { react: { id: string, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }> } };

export type RestorePostMutationVariables = Exact<{
  postId: string | number;
}>;


export type RestorePostMutation = { restorePost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } };

export type RestoreTopicMutationVariables = Exact<{
  topicId: string | number;
}>;


export type RestoreTopicMutation = { restoreTopic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type SetWatchLevelMutationVariables = Exact<{
  targetType: WatchTarget;
  targetId: string | number;
  level: WatchLevel;
}>;


export type SetWatchLevelMutation = { setWatchLevel: WatchLevel };

export type TagsQueryVariables = Exact<{
  prefix: string;
}>;


export type TagsQuery = { tags: Array<{ name: string, description: string, topicCount: number }> };

export type TopicUpdatesQueryVariables = Exact<{
  topicId: string | number;
  since: string;
}>;


export type TopicUpdatesQuery = { topicUpdates: Array<{ id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null }> };

export type TopicQueryVariables = Exact<{
  id: string | number;
}>;


export type TopicQuery = { topic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type TopicDetailFragment = { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null };

export type AnswerPostFragment = { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null };

export type TopicPostFragment = { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null };

export type TopicsQueryVariables = Exact<{
  categoryId?: string | number | null | undefined;
  sort: TopicSort;
  period: TopPeriod;
  filter: TopicFilter;
  tag?: string | null | undefined;
  authorHandle?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TopicsQuery = { topics: { edges: Array<{ node: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, reactionCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, answered: boolean, createdAt: string, lastPostedAt: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, category: { id: string, slug: string, name: string, color: string } | null, author: { id: string, handle: string, displayName: string } | null, lastPoster: { id: string, handle: string, displayName: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type TopicListItemFragment = { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, reactionCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, answered: boolean, createdAt: string, lastPostedAt: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, category: { id: string, slug: string, name: string, color: string } | null, author: { id: string, handle: string, displayName: string } | null, lastPoster: { id: string, handle: string, displayName: string } | null };

export type UnacceptAnswerMutationVariables = Exact<{
  postId: string | number;
}>;


export type UnacceptAnswerMutation = { unacceptAnswer: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type UnhideTopicMutationVariables = Exact<{
  topicId: string | number;
}>;


export type UnhideTopicMutation = { unhideTopic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type UnlockTopicMutationVariables = Exact<{
  topicId: string | number;
}>;


export type UnlockTopicMutation = { unlockTopic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type StaffUnmarkFeedbackMutationVariables = Exact<{
  postId: string | number;
}>;


export type StaffUnmarkFeedbackMutation = { unmarkFeedback: boolean };

export type UnpinTopicMutationVariables = Exact<{
  topicId: string | number;
}>;


export type UnpinTopicMutation = { unpinTopic: { id: string, title: string, kind: TopicKind, tags: Array<string>, replyCount: number, pinned: boolean, pinnedGlobally: boolean, locked: boolean, closedReason: string | null, answered: boolean, acceptedPostId: string | null, createdAt: string, lastPostedAt: string, deletedAt: string | null, hiddenAt: string | null, hiddenReason: string | null, categoryId: string, lastReadPostNumber: number | null, unreadCount: number | null, highestPostNumber: number, watchLevel: WatchLevel | null, idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } | null, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, location: string | null, onlineUrl: string | null, status: EventStatus, nextOccurrence: { id: string, startsAt: string, placesLeft: number | null, cancelled: boolean } } | null, category: { id: string, slug: string, name: string, color: string, viewerCanPost: boolean } | null, author: { id: string, handle: string, displayName: string } | null, firstPost: { id: string, postNumber: number, body: string, bodyHtml: string, voice: PostVoice, createdAt: string, editedAt: string | null, deletedAt: string | null, hiddenReason: string | null, awaitingApproval: boolean, revision: number, viewerCanEdit: boolean, replyToPostId: string | null, author: { id: string, handle: string, displayName: string, role: Role } | null, replyTo: { id: string, postNumber: number, author: { handle: string, displayName: string } | null } | null, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }>, poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } | null } | null, acceptedAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null, officialAnswer: { id: string, postNumber: number, bodyHtml: string, voice: PostVoice, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type UnreactMutationVariables = Exact<{
  postId: string | number;
  reaction: Reaction;
}>;


export type UnreactMutation = { unreact: { id: string, reactions: Array<{ reaction: Reaction, count: number, reactedByMe: boolean }> } };

export type AddIdeaStaffNoteMutationVariables = Exact<{
  topicId: string | number;
  body: string;
}>;


export type AddIdeaStaffNoteMutation = { addIdeaStaffNote: { id: string } };

export type IdeaBoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdeaBoardsQuery = { ideaBoards: Array<{ id: string, slug: string, name: string, color: string, viewerCanPost: boolean }> };

export type IdeaPanelUnvoteMutationVariables = Exact<{
  topicId: string | number;
}>;


export type IdeaPanelUnvoteMutation = { unvoteIdea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } };

export type IdeaPanelVoteMutationVariables = Exact<{
  topicId: string | number;
}>;


export type IdeaPanelVoteMutation = { voteIdea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } };

export type IdeaDetailFragment = { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> };

export type IdeaPanelQueryVariables = Exact<{
  topicId: string | number;
}>;


export type IdeaPanelQuery = { idea: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } };

export type IdeaStaffNotesQueryVariables = Exact<{
  topicId: string | number;
}>;


export type IdeaStaffNotesQuery = { idea: { topicId: string, staffNotes: Array<{ id: string, body: string, createdAt: string, author: { id: string, handle: string, displayName: string } | null }> } };

export type IdeaSuggestionsQueryVariables = Exact<{
  title: string;
}>;


export type IdeaSuggestionsQuery = { similarIdeas: Array<{ topicId: string, title: string, status: IdeaStatus, voteCount: number }> };

export type IdeasQueryVariables = Exact<{
  sort: IdeaSort;
  filter?: IdeaFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IdeasQuery = { ideas: { edges: Array<{ node: { topicId: string, categoryId: string, title: string, status: IdeaStatus, closed: boolean, tags: Array<string>, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, recentVotes: number | null, statusChangedAt: string | null, createdAt: string, revision: number } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type IdeaListItemFragment = { topicId: string, categoryId: string, title: string, status: IdeaStatus, closed: boolean, tags: Array<string>, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, recentVotes: number | null, statusChangedAt: string | null, createdAt: string, revision: number };

export type MergeIdeaMutationVariables = Exact<{
  topicId: string | number;
  intoTopicId: string | number;
}>;


export type MergeIdeaMutation = { mergeIdea: { topicId: string } };

export type MyIdeaVotesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyIdeaVotesQuery = { myIdeaVotes: { used: number, limit: number } };

export type RoadmapQueryVariables = Exact<{
  categoryId?: string | number | null | undefined;
  perStatus?: number | null | undefined;
}>;


export type RoadmapQuery = { roadmap: { planned: Array<{ topicId: string, categoryId: string, title: string, status: IdeaStatus, closed: boolean, tags: Array<string>, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, recentVotes: number | null, statusChangedAt: string | null, createdAt: string, revision: number }>, inProgress: Array<{ topicId: string, categoryId: string, title: string, status: IdeaStatus, closed: boolean, tags: Array<string>, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, recentVotes: number | null, statusChangedAt: string | null, createdAt: string, revision: number }>, done: Array<{ topicId: string, categoryId: string, title: string, status: IdeaStatus, closed: boolean, tags: Array<string>, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, recentVotes: number | null, statusChangedAt: string | null, createdAt: string, revision: number }> } };

export type SetIdeaStatusMutationVariables = Exact<{
  input: SetIdeaStatusInput;
}>;


export type SetIdeaStatusMutation = { setIdeaStatus: { topicId: string, status: IdeaStatus, closed: boolean, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, revision: number, mergedIntoTopicId: string | null, statusChangedAt: string | null, officialResponse: { body: string, at: string } | null, timeline: Array<{ id: string, createdAt: string, fromStatus: IdeaStatus, toStatus: IdeaStatus, response: string | null, mergedIntoTopicId: string | null }> } };

export type UnvoteIdeaMutationVariables = Exact<{
  topicId: string | number;
}>;


export type UnvoteIdeaMutation = { unvoteIdea: { topicId: string, categoryId: string, title: string, status: IdeaStatus, closed: boolean, tags: Array<string>, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, recentVotes: number | null, statusChangedAt: string | null, createdAt: string, revision: number } };

export type VoteIdeaMutationVariables = Exact<{
  topicId: string | number;
}>;


export type VoteIdeaMutation = { voteIdea: { topicId: string, categoryId: string, title: string, status: IdeaStatus, closed: boolean, tags: Array<string>, voteCount: number, votedByMe: boolean, viewerCanVote: boolean, recentVotes: number | null, statusChangedAt: string | null, createdAt: string, revision: number } };

export type AcceptGuidelinesMutationVariables = Exact<{
  version: number;
}>;


export type AcceptGuidelinesMutation = { acceptGuidelines: number };

export type GuidelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type GuidelinesQuery = { guidelines: { version: number, bodyHtml: string, createdAt: string } | null };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, read: boolean } };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly: boolean;
}>;


export type NotificationsQuery = { notifications: { edges: Array<{ node: { id: string, kind: NotificationKind, topicId: string | null, postId: string | null, postNumber: number | null, topicTitle: string | null, actorCount: number, byBrand: boolean, reaction: string | null, reason: string | null, eventId: string | null, eventOccurrenceId: string | null, eventTitle: string | null, eventStartsAt: string | null, flagOutcome: FlagOutcome | null, read: boolean, createdAt: string, updatedAt: string, actor: { handle: string, displayName: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type NotificationItemFragment = { id: string, kind: NotificationKind, topicId: string | null, postId: string | null, postNumber: number | null, topicTitle: string | null, actorCount: number, byBrand: boolean, reaction: string | null, reason: string | null, eventId: string | null, eventOccurrenceId: string | null, eventTitle: string | null, eventStartsAt: string | null, flagOutcome: FlagOutcome | null, read: boolean, createdAt: string, updatedAt: string, actor: { handle: string, displayName: string } | null };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type ClosePollMutationVariables = Exact<{
  pollId: string | number;
}>;


export type ClosePollMutation = { closePoll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } };

export type CreatePollMutationVariables = Exact<{
  input: CreatePollInput;
}>;


export type CreatePollMutation = { createPoll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } };

export type PollVotersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PollVotersQuery = { poll: { id: string, options: Array<{ id: string, voters: { edges: Array<{ node: { id: string, handle: string, displayName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null }> } };

export type PollViewFragment = { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> };

export type PollQueryVariables = Exact<{
  id: string | number;
}>;


export type PollQuery = { poll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } };

export type RetractPollVoteMutationVariables = Exact<{
  pollId: string | number;
}>;


export type RetractPollVoteMutation = { retractPollVote: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } };

export type VotePollMutationVariables = Exact<{
  pollId: string | number;
  optionIds: Array<string | number> | string | number;
}>;


export type VotePollMutation = { votePoll: { id: string, postId: string, question: string | null, kind: PollKind, maxChoices: number, anonymous: boolean, resultsVisibility: PollResultsVisibility, closesAt: string | null, closedAt: string | null, closed: boolean, voterCount: number, resultsVisible: boolean, myVote: Array<string>, revision: number, viewerCanVote: boolean, viewerCanClose: boolean, options: Array<{ id: string, label: string, votes: number | null, votedByMe: boolean }> } };

export type UserPostsQueryVariables = Exact<{
  handle: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UserPostsQuery = { userPosts: { edges: Array<{ node: { id: string, postNumber: number, bodyHtml: string, createdAt: string, topic: { id: string, title: string, kind: TopicKind, category: { id: string, slug: string, name: string, color: string } | null } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type UserProfileQueryVariables = Exact<{
  handle: string;
}>;


export type UserProfileQuery = { user: { id: string, handle: string, displayName: string, role: Role, createdAt: string } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  categoryId?: string | number | null | undefined;
  authorHandle?: string | null | undefined;
  tag?: string | null | undefined;
  kind?: TopicKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { edges: Array<{ node: { snippet: string, rank: number, post: { id: string, postNumber: number, createdAt: string, voice: PostVoice, author: { id: string, handle: string, displayName: string } | null }, topic: { id: string, title: string, kind: TopicKind, tags: Array<string>, answered: boolean, category: { id: string, slug: string, name: string, color: string } | null } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionUserFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SessionUser on User {
  id
  handle
  displayName
  role
  email
  createdAt
  membership
  guidelinesAccepted
  silencedUntil
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const ContestEntryItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ContestEntryItem on ContestEntry {
  id
  postId
  postNumber
  bodyHtml
  imageUrl
  voteCount
  votedByMe
  mine
  eligible
  createdAt
  author {
    handle
    displayName
  }
}
    `, {"fragmentName":"ContestEntryItem"}) as unknown as TypedDocumentString<ContestEntryItemFragment, unknown>;
export const ContestDetailFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ContestDetail on Contest {
  id
  topicId
  title
  rules
  rulesHtml
  opensAt
  closesAt
  entryKind
  minTrustLevel
  minAccountAgeDays
  oneEntryPerMember
  winnerCount
  selection
  phase
  drawAlgorithm
  seedCommitment
  seed
  frozenEntryIds
  tieBreakEntryIds
  tieBreakSlots
  entryCount
  myEligibility {
    eligible
    reason
    message
  }
  winners {
    rank
    entryId
    method
    votes
    reason
    entry {
      id
      postNumber
      author {
        handle
        displayName
      }
    }
  }
  entries(first: 50) {
    edges {
      node {
        ...ContestEntryItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ContestEntryItem on ContestEntry {
  id
  postId
  postNumber
  bodyHtml
  imageUrl
  voteCount
  votedByMe
  mine
  eligible
  createdAt
  author {
    handle
    displayName
  }
}`, {"fragmentName":"ContestDetail"}) as unknown as TypedDocumentString<ContestDetailFragment, unknown>;
export const EventOccurrenceItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment EventOccurrenceItem on EventOccurrence {
  id
  startsAt
  endsAt
  goingCount
  placesLeft
  cancelled
  event {
    id
    title
    timeZone
    location
    onlineUrl
    coverUrl
    status
    category {
      id
      slug
      name
      color
    }
  }
}
    `, {"fragmentName":"EventOccurrenceItem"}) as unknown as TypedDocumentString<EventOccurrenceItemFragment, unknown>;
export const EventDateFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment EventDate on EventOccurrence {
  id
  startsAt
  endsAt
  goingCount
  waitlistCount
  placesLeft
  cancelled
  rsvpOpen
  rsvpDeadline
  myRsvp {
    status
    waitlistPosition
  }
}
    `, {"fragmentName":"EventDate"}) as unknown as TypedDocumentString<EventDateFragment, unknown>;
export const EventDetailsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment EventDetails on Event {
  id
  title
  description
  descriptionHtml
  timeZone
  startsAt
  endsAt
  startsAtLocal
  endsAtLocal
  location
  onlineUrl
  coverUrl
  coverUploadId
  capacity
  rsvpDeadline
  visibility
  minTrustLevel
  status
  recurrenceRule
  exceptDates
  reminderMinutes
  topicId
  categoryId
  category {
    id
    slug
    name
    color
  }
  nextOccurrence {
    ...EventDate
  }
  occurrences(first: 50) {
    edges {
      node {
        ...EventDate
      }
    }
  }
}
    fragment EventDate on EventOccurrence {
  id
  startsAt
  endsAt
  goingCount
  waitlistCount
  placesLeft
  cancelled
  rsvpOpen
  rsvpDeadline
  myRsvp {
    status
    waitlistPosition
  }
}`, {"fragmentName":"EventDetails"}) as unknown as TypedDocumentString<EventDetailsFragment, unknown>;
export const StaffFeedbackMarkFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment StaffFeedbackMark on FeedbackMark {
  postId
  type
  ideaTopicId
  productArea {
    id
    name
  }
}
    `, {"fragmentName":"StaffFeedbackMark"}) as unknown as TypedDocumentString<StaffFeedbackMarkFragment, unknown>;
export const IdeaDetailFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
    `, {"fragmentName":"IdeaDetail"}) as unknown as TypedDocumentString<IdeaDetailFragment, unknown>;
export const PollViewFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}
    `, {"fragmentName":"PollView"}) as unknown as TypedDocumentString<PollViewFragment, unknown>;
export const TopicPostFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
    fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`, {"fragmentName":"TopicPost"}) as unknown as TypedDocumentString<TopicPostFragment, unknown>;
export const AnswerPostFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
    `, {"fragmentName":"AnswerPost"}) as unknown as TypedDocumentString<AnswerPostFragment, unknown>;
export const TopicDetailFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
    fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`, {"fragmentName":"TopicDetail"}) as unknown as TypedDocumentString<TopicDetailFragment, unknown>;
export const TopicListItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment TopicListItem on Topic {
  id
  title
  kind
  tags
  replyCount
  reactionCount
  pinned
  pinnedGlobally
  locked
  answered
  createdAt
  lastPostedAt
  lastReadPostNumber
  unreadCount
  highestPostNumber
  category {
    id
    slug
    name
    color
  }
  author {
    id
    handle
    displayName
  }
  lastPoster {
    id
    handle
    displayName
  }
}
    `, {"fragmentName":"TopicListItem"}) as unknown as TypedDocumentString<TopicListItemFragment, unknown>;
export const IdeaListItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment IdeaListItem on Idea {
  topicId
  categoryId
  title
  status
  closed
  tags
  voteCount
  votedByMe
  viewerCanVote
  recentVotes
  statusChangedAt
  createdAt
  revision
}
    `, {"fragmentName":"IdeaListItem"}) as unknown as TypedDocumentString<IdeaListItemFragment, unknown>;
export const NotificationItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment NotificationItem on Notification {
  id
  kind
  topicId
  postId
  postNumber
  topicTitle
  actorCount
  actor {
    handle
    displayName
  }
  byBrand
  reaction
  reason
  eventId
  eventOccurrenceId
  eventTitle
  eventStartsAt
  flagOutcome
  read
  createdAt
  updatedAt
}
    `, {"fragmentName":"NotificationItem"}) as unknown as TypedDocumentString<NotificationItemFragment, unknown>;
export const MentionSuggestionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MentionSuggestions($prefix: String!, $topicId: ID) {
  mentionSuggestions(prefix: $prefix, topicId: $topicId) {
    id
    handle
    displayName
  }
}
    `) as unknown as TypedDocumentString<MentionSuggestionsQuery, MentionSuggestionsQueryVariables>;
export const ChangePasswordDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  handle
  displayName
  role
  email
  createdAt
  membership
  guidelinesAccepted
  silencedUntil
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  handle
  displayName
  role
  email
  createdAt
  membership
  guidelinesAccepted
  silencedUntil
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignUpDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  handle
  displayName
  role
  email
  createdAt
  membership
  guidelinesAccepted
  silencedUntil
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const CategoriesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Categories {
  categories {
    id
    slug
    name
    description
    color
    position
    parentId
    topicCount
    postCount
    unreadCount
    newCount
    viewerCanPost
    watchLevel
  }
}
    `) as unknown as TypedDocumentString<CategoriesQuery, CategoriesQueryVariables>;
export const CommunityDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Community {
  community {
    name
    description
    brandName
    accessMode
    requireGuidelines
    guidelinesVersion
  }
}
    `) as unknown as TypedDocumentString<CommunityQuery, CommunityQueryVariables>;
export const ContestDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Contest($id: ID!) {
  contest(id: $id) {
    ...ContestDetail
  }
}
    fragment ContestDetail on Contest {
  id
  topicId
  title
  rules
  rulesHtml
  opensAt
  closesAt
  entryKind
  minTrustLevel
  minAccountAgeDays
  oneEntryPerMember
  winnerCount
  selection
  phase
  drawAlgorithm
  seedCommitment
  seed
  frozenEntryIds
  tieBreakEntryIds
  tieBreakSlots
  entryCount
  myEligibility {
    eligible
    reason
    message
  }
  winners {
    rank
    entryId
    method
    votes
    reason
    entry {
      id
      postNumber
      author {
        handle
        displayName
      }
    }
  }
  entries(first: 50) {
    edges {
      node {
        ...ContestEntryItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
fragment ContestEntryItem on ContestEntry {
  id
  postId
  postNumber
  bodyHtml
  imageUrl
  voteCount
  votedByMe
  mine
  eligible
  createdAt
  author {
    handle
    displayName
  }
}`) as unknown as TypedDocumentString<ContestQuery, ContestQueryVariables>;
export const ContestsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Contests($after: String) {
  contests(first: 20, after: $after) {
    edges {
      node {
        id
        title
        phase
        opensAt
        closesAt
        selection
        entryCount
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ContestsQuery, ContestsQueryVariables>;
export const CreateContestDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateContest($input: CreateContestInput!) {
  createContest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateContestMutation, CreateContestMutationVariables>;
export const EnterContestDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation EnterContest($input: EnterContestInput!) {
  enterContest(input: $input) {
    ...ContestEntryItem
  }
}
    fragment ContestEntryItem on ContestEntry {
  id
  postId
  postNumber
  bodyHtml
  imageUrl
  voteCount
  votedByMe
  mine
  eligible
  createdAt
  author {
    handle
    displayName
  }
}`) as unknown as TypedDocumentString<EnterContestMutation, EnterContestMutationVariables>;
export const PickContestWinnersDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation PickContestWinners($contestId: ID!, $picks: [ContestPickInput!]!) {
  pickContestWinners(contestId: $contestId, picks: $picks) {
    id
    phase
  }
}
    `) as unknown as TypedDocumentString<PickContestWinnersMutation, PickContestWinnersMutationVariables>;
export const VoteContestEntryDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VoteContestEntry($entryId: ID!) {
  voteForContestEntry(entryId: $entryId) {
    id
    voteCount
    votedByMe
  }
}
    `) as unknown as TypedDocumentString<VoteContestEntryMutation, VoteContestEntryMutationVariables>;
export const WithdrawContestVoteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation WithdrawContestVote($entryId: ID!) {
  withdrawContestVote(entryId: $entryId) {
    id
    voteCount
    votedByMe
  }
}
    `) as unknown as TypedDocumentString<WithdrawContestVoteMutation, WithdrawContestVoteMutationVariables>;
export const CancelEventDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CancelEvent($id: ID!) {
  cancelEvent(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelEventMutation, CancelEventMutationVariables>;
export const EventOccurrencesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query EventOccurrences($range: EventRange, $from: DateTime, $to: DateTime, $categoryId: ID, $first: Int, $after: String) {
  eventOccurrences(
    range: $range
    from: $from
    to: $to
    categoryId: $categoryId
    first: $first
    after: $after
  ) {
    edges {
      node {
        ...EventOccurrenceItem
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment EventOccurrenceItem on EventOccurrence {
  id
  startsAt
  endsAt
  goingCount
  placesLeft
  cancelled
  event {
    id
    title
    timeZone
    location
    onlineUrl
    coverUrl
    status
    category {
      id
      slug
      name
      color
    }
  }
}`) as unknown as TypedDocumentString<EventOccurrencesQuery, EventOccurrencesQueryVariables>;
export const EventDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Event($id: ID!) {
  event(id: $id) {
    ...EventDetails
  }
}
    fragment EventDetails on Event {
  id
  title
  description
  descriptionHtml
  timeZone
  startsAt
  endsAt
  startsAtLocal
  endsAtLocal
  location
  onlineUrl
  coverUrl
  coverUploadId
  capacity
  rsvpDeadline
  visibility
  minTrustLevel
  status
  recurrenceRule
  exceptDates
  reminderMinutes
  topicId
  categoryId
  category {
    id
    slug
    name
    color
  }
  nextOccurrence {
    ...EventDate
  }
  occurrences(first: 50) {
    edges {
      node {
        ...EventDate
      }
    }
  }
}
fragment EventDate on EventOccurrence {
  id
  startsAt
  endsAt
  goingCount
  waitlistCount
  placesLeft
  cancelled
  rsvpOpen
  rsvpDeadline
  myRsvp {
    status
    waitlistPosition
  }
}`) as unknown as TypedDocumentString<EventQuery, EventQueryVariables>;
export const PublishEventDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation PublishEvent($id: ID!) {
  publishEvent(id: $id) {
    id
    status
    topicId
  }
}
    `) as unknown as TypedDocumentString<PublishEventMutation, PublishEventMutationVariables>;
export const RsvpEventDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RsvpEvent($occurrenceId: ID!, $status: RsvpChoice!) {
  rsvpEvent(occurrenceId: $occurrenceId, status: $status) {
    ...EventDate
  }
}
    fragment EventDate on EventOccurrence {
  id
  startsAt
  endsAt
  goingCount
  waitlistCount
  placesLeft
  cancelled
  rsvpOpen
  rsvpDeadline
  myRsvp {
    status
    waitlistPosition
  }
}`) as unknown as TypedDocumentString<RsvpEventMutation, RsvpEventMutationVariables>;
export const CreateEventDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateEvent($input: EventInput!, $publish: Boolean) {
  createEvent(input: $input, publish: $publish) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateEvent($id: ID!, $input: EventInput!) {
  updateEvent(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const AcceptAnswerDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AcceptAnswer($postId: ID!) {
  acceptAnswer(postId: $postId) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<AcceptAnswerMutation, AcceptAnswerMutationVariables>;
export const CategoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Category($slug: String!) {
  category(slug: $slug) {
    id
    slug
    name
    description
    color
    parentId
    topicCount
    postCount
    unreadCount
    newCount
    viewerCanPost
    watchLevel
  }
}
    `) as unknown as TypedDocumentString<CategoryQuery, CategoryQueryVariables>;
export const CloseTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CloseTopic($topicId: ID!, $reason: String!) {
  closeTopic(topicId: $topicId, reason: $reason) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<CloseTopicMutation, CloseTopicMutationVariables>;
export const CreatePostDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    ...TopicPost
  }
}
    fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<CreatePostMutation, CreatePostMutationVariables>;
export const CreateTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateTopic($input: CreateTopicInput!) {
  createTopic(input: $input) {
    id
    title
    firstPost {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTopicMutation, CreateTopicMutationVariables>;
export const DeletePostDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeletePost($postId: ID!) {
  deletePost(postId: $postId) {
    ...TopicPost
  }
}
    fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<DeletePostMutation, DeletePostMutationVariables>;
export const DeleteTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteTopic($topicId: ID!) {
  deleteTopic(topicId: $topicId) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<DeleteTopicMutation, DeleteTopicMutationVariables>;
export const EditPostDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation EditPost($input: EditPostInput!) {
  editPost(input: $input) {
    ...TopicPost
  }
}
    fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<EditPostMutation, EditPostMutationVariables>;
export const FeedbackIdeaDocument = /*#__PURE__*/ new TypedDocumentString(`
    query FeedbackIdea($topicId: ID!) {
  idea(topicId: $topicId) {
    topicId
    title
    status
  }
}
    `) as unknown as TypedDocumentString<FeedbackIdeaQuery, FeedbackIdeaQueryVariables>;
export const FeedbackIdeaSearchDocument = /*#__PURE__*/ new TypedDocumentString(`
    query FeedbackIdeaSearch($title: String!) {
  similarIdeas(title: $title) {
    topicId
    title
    status
  }
}
    `) as unknown as TypedDocumentString<FeedbackIdeaSearchQuery, FeedbackIdeaSearchQueryVariables>;
export const StaffPostFeedbackMarkDocument = /*#__PURE__*/ new TypedDocumentString(`
    query StaffPostFeedbackMark($topicId: ID!, $postNumber: Int!) {
  posts(topicId: $topicId, fromPostNumber: $postNumber, first: 1) {
    edges {
      node {
        id
        postNumber
        feedbackMark {
          ...StaffFeedbackMark
        }
      }
    }
  }
  productAreas {
    id
    name
  }
}
    fragment StaffFeedbackMark on FeedbackMark {
  postId
  type
  ideaTopicId
  productArea {
    id
    name
  }
}`) as unknown as TypedDocumentString<StaffPostFeedbackMarkQuery, StaffPostFeedbackMarkQueryVariables>;
export const FlagContentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation FlagContent($input: FlagInput!) {
  flag(input: $input) {
    id
    itemId
    hidden
  }
}
    `) as unknown as TypedDocumentString<FlagContentMutation, FlagContentMutationVariables>;
export const HidePostDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation HidePost($postId: ID!, $reason: String!) {
  hidePost(postId: $postId, reason: $reason) {
    ...TopicPost
  }
}
    fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<HidePostMutation, HidePostMutationVariables>;
export const HideTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation HideTopic($topicId: ID!, $reason: String!) {
  hideTopic(topicId: $topicId, reason: $reason) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<HideTopicMutation, HideTopicMutationVariables>;
export const LockTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation LockTopic($topicId: ID!) {
  lockTopic(topicId: $topicId) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<LockTopicMutation, LockTopicMutationVariables>;
export const StaffMarkFeedbackDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffMarkFeedback($input: MarkFeedbackInput!) {
  markFeedback(input: $input) {
    ...StaffFeedbackMark
  }
}
    fragment StaffFeedbackMark on FeedbackMark {
  postId
  type
  ideaTopicId
  productArea {
    id
    name
  }
}`) as unknown as TypedDocumentString<StaffMarkFeedbackMutation, StaffMarkFeedbackMutationVariables>;
export const MarkTopicReadDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation MarkTopicRead($topicId: ID!, $postNumber: Int) {
  markTopicRead(topicId: $topicId, postNumber: $postNumber)
}
    `) as unknown as TypedDocumentString<MarkTopicReadMutation, MarkTopicReadMutationVariables>;
export const MoveTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation MoveTopic($topicId: ID!, $categoryId: ID!) {
  moveTopic(topicId: $topicId, categoryId: $categoryId) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<MoveTopicMutation, MoveTopicMutationVariables>;
export const PinTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation PinTopic($topicId: ID!, $globally: Boolean!) {
  pinTopic(topicId: $topicId, globally: $globally) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<PinTopicMutation, PinTopicMutationVariables>;
export const PostReactorsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PostReactors($topicId: ID!, $postNumber: Int!, $reaction: Reaction!) {
  posts(topicId: $topicId, fromPostNumber: $postNumber, first: 1) {
    edges {
      node {
        id
        reactors(reaction: $reaction, first: 20) {
          id
          handle
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PostReactorsQuery, PostReactorsQueryVariables>;
export const PostRevisionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PostRevisions($topicId: ID!, $postNumber: Int!) {
  posts(topicId: $topicId, fromPostNumber: $postNumber, first: 1) {
    edges {
      node {
        id
        postNumber
        body
        editedAt
        createdAt
        revision
        revisions {
          revision
          body
          title
          createdAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PostRevisionsQuery, PostRevisionsQueryVariables>;
export const PostsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Posts($topicId: ID!, $first: Int, $after: String, $fromPostNumber: Int) {
  posts(
    topicId: $topicId
    first: $first
    after: $after
    fromPostNumber: $fromPostNumber
  ) {
    edges {
      node {
        ...TopicPost
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<PostsQuery, PostsQueryVariables>;
export const ReactDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation React($postId: ID!, $reaction: Reaction!) {
  react(postId: $postId, reaction: $reaction) {
    id
    reactions {
      reaction
      count
      reactedByMe
    }
  }
}
    `) as unknown as TypedDocumentString<ReactMutation, ReactMutationVariables>;
export const RestorePostDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RestorePost($postId: ID!) {
  restorePost(postId: $postId) {
    ...TopicPost
  }
}
    fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<RestorePostMutation, RestorePostMutationVariables>;
export const RestoreTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RestoreTopic($topicId: ID!) {
  restoreTopic(topicId: $topicId) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<RestoreTopicMutation, RestoreTopicMutationVariables>;
export const SetWatchLevelDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SetWatchLevel($targetType: WatchTarget!, $targetId: ID!, $level: WatchLevel!) {
  setWatchLevel(targetType: $targetType, targetId: $targetId, level: $level)
}
    `) as unknown as TypedDocumentString<SetWatchLevelMutation, SetWatchLevelMutationVariables>;
export const TagsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Tags($prefix: String!) {
  tags(prefix: $prefix) {
    name
    description
    topicCount
  }
}
    `) as unknown as TypedDocumentString<TagsQuery, TagsQueryVariables>;
export const TopicUpdatesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query TopicUpdates($topicId: ID!, $since: DateTime!) {
  topicUpdates(topicId: $topicId, since: $since) {
    ...TopicPost
  }
}
    fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<TopicUpdatesQuery, TopicUpdatesQueryVariables>;
export const TopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Topic($id: ID!) {
  topic(id: $id) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<TopicQuery, TopicQueryVariables>;
export const TopicsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Topics($categoryId: ID, $sort: TopicSort!, $period: TopPeriod!, $filter: TopicFilter!, $tag: String, $authorHandle: String, $first: Int, $after: String) {
  topics(
    categoryId: $categoryId
    sort: $sort
    period: $period
    filter: $filter
    tag: $tag
    authorHandle: $authorHandle
    first: $first
    after: $after
  ) {
    edges {
      node {
        ...TopicListItem
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment TopicListItem on Topic {
  id
  title
  kind
  tags
  replyCount
  reactionCount
  pinned
  pinnedGlobally
  locked
  answered
  createdAt
  lastPostedAt
  lastReadPostNumber
  unreadCount
  highestPostNumber
  category {
    id
    slug
    name
    color
  }
  author {
    id
    handle
    displayName
  }
  lastPoster {
    id
    handle
    displayName
  }
}`) as unknown as TypedDocumentString<TopicsQuery, TopicsQueryVariables>;
export const UnacceptAnswerDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UnacceptAnswer($postId: ID!) {
  unacceptAnswer(postId: $postId) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<UnacceptAnswerMutation, UnacceptAnswerMutationVariables>;
export const UnhideTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UnhideTopic($topicId: ID!) {
  unhideTopic(topicId: $topicId) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<UnhideTopicMutation, UnhideTopicMutationVariables>;
export const UnlockTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UnlockTopic($topicId: ID!) {
  unlockTopic(topicId: $topicId) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<UnlockTopicMutation, UnlockTopicMutationVariables>;
export const StaffUnmarkFeedbackDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation StaffUnmarkFeedback($postId: ID!) {
  unmarkFeedback(postId: $postId)
}
    `) as unknown as TypedDocumentString<StaffUnmarkFeedbackMutation, StaffUnmarkFeedbackMutationVariables>;
export const UnpinTopicDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UnpinTopic($topicId: ID!) {
  unpinTopic(topicId: $topicId) {
    ...TopicDetail
  }
}
    fragment TopicDetail on Topic {
  id
  idea {
    ...IdeaDetail
  }
  event {
    id
    title
    startsAt
    endsAt
    timeZone
    location
    onlineUrl
    status
    nextOccurrence {
      id
      startsAt
      placesLeft
      cancelled
    }
  }
  title
  kind
  tags
  replyCount
  pinned
  pinnedGlobally
  locked
  closedReason
  answered
  acceptedPostId
  createdAt
  lastPostedAt
  deletedAt
  hiddenAt
  hiddenReason
  categoryId
  lastReadPostNumber
  unreadCount
  highestPostNumber
  watchLevel
  category {
    id
    slug
    name
    color
    viewerCanPost
  }
  author {
    id
    handle
    displayName
  }
  firstPost {
    ...TopicPost
  }
  acceptedAnswer {
    ...AnswerPost
  }
  officialAnswer {
    ...AnswerPost
  }
}
fragment AnswerPost on Post {
  id
  postNumber
  bodyHtml
  voice
  createdAt
  author {
    id
    handle
    displayName
  }
}
fragment TopicPost on Post {
  id
  postNumber
  body
  bodyHtml
  voice
  createdAt
  editedAt
  deletedAt
  hiddenReason
  awaitingApproval
  revision
  viewerCanEdit
  replyToPostId
  author {
    id
    handle
    displayName
    role
  }
  replyTo {
    id
    postNumber
    author {
      handle
      displayName
    }
  }
  reactions {
    reaction
    count
    reactedByMe
  }
  poll {
    ...PollView
  }
}
fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}
fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<UnpinTopicMutation, UnpinTopicMutationVariables>;
export const UnreactDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation Unreact($postId: ID!, $reaction: Reaction!) {
  unreact(postId: $postId, reaction: $reaction) {
    id
    reactions {
      reaction
      count
      reactedByMe
    }
  }
}
    `) as unknown as TypedDocumentString<UnreactMutation, UnreactMutationVariables>;
export const AddIdeaStaffNoteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AddIdeaStaffNote($topicId: ID!, $body: String!) {
  addIdeaStaffNote(topicId: $topicId, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddIdeaStaffNoteMutation, AddIdeaStaffNoteMutationVariables>;
export const IdeaBoardsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query IdeaBoards {
  ideaBoards {
    id
    slug
    name
    color
    viewerCanPost
  }
}
    `) as unknown as TypedDocumentString<IdeaBoardsQuery, IdeaBoardsQueryVariables>;
export const IdeaPanelUnvoteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation IdeaPanelUnvote($topicId: ID!) {
  unvoteIdea(topicId: $topicId) {
    ...IdeaDetail
  }
}
    fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}`) as unknown as TypedDocumentString<IdeaPanelUnvoteMutation, IdeaPanelUnvoteMutationVariables>;
export const IdeaPanelVoteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation IdeaPanelVote($topicId: ID!) {
  voteIdea(topicId: $topicId) {
    ...IdeaDetail
  }
}
    fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}`) as unknown as TypedDocumentString<IdeaPanelVoteMutation, IdeaPanelVoteMutationVariables>;
export const IdeaPanelDocument = /*#__PURE__*/ new TypedDocumentString(`
    query IdeaPanel($topicId: ID!) {
  idea(topicId: $topicId) {
    ...IdeaDetail
  }
}
    fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}`) as unknown as TypedDocumentString<IdeaPanelQuery, IdeaPanelQueryVariables>;
export const IdeaStaffNotesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query IdeaStaffNotes($topicId: ID!) {
  idea(topicId: $topicId) {
    topicId
    staffNotes(first: 50) {
      id
      body
      createdAt
      author {
        id
        handle
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdeaStaffNotesQuery, IdeaStaffNotesQueryVariables>;
export const IdeaSuggestionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query IdeaSuggestions($title: String!) {
  similarIdeas(title: $title) {
    topicId
    title
    status
    voteCount
  }
}
    `) as unknown as TypedDocumentString<IdeaSuggestionsQuery, IdeaSuggestionsQueryVariables>;
export const IdeasDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Ideas($sort: IdeaSort!, $filter: IdeaFilterInput, $first: Int, $after: String) {
  ideas(sort: $sort, filter: $filter, first: $first, after: $after) {
    edges {
      node {
        ...IdeaListItem
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment IdeaListItem on Idea {
  topicId
  categoryId
  title
  status
  closed
  tags
  voteCount
  votedByMe
  viewerCanVote
  recentVotes
  statusChangedAt
  createdAt
  revision
}`) as unknown as TypedDocumentString<IdeasQuery, IdeasQueryVariables>;
export const MergeIdeaDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation MergeIdea($topicId: ID!, $intoTopicId: ID!) {
  mergeIdea(topicId: $topicId, intoTopicId: $intoTopicId) {
    topicId
  }
}
    `) as unknown as TypedDocumentString<MergeIdeaMutation, MergeIdeaMutationVariables>;
export const MyIdeaVotesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MyIdeaVotes {
  myIdeaVotes {
    used
    limit
  }
}
    `) as unknown as TypedDocumentString<MyIdeaVotesQuery, MyIdeaVotesQueryVariables>;
export const RoadmapDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Roadmap($categoryId: ID, $perStatus: Int) {
  roadmap(categoryId: $categoryId, perStatus: $perStatus) {
    planned {
      ...IdeaListItem
    }
    inProgress {
      ...IdeaListItem
    }
    done {
      ...IdeaListItem
    }
  }
}
    fragment IdeaListItem on Idea {
  topicId
  categoryId
  title
  status
  closed
  tags
  voteCount
  votedByMe
  viewerCanVote
  recentVotes
  statusChangedAt
  createdAt
  revision
}`) as unknown as TypedDocumentString<RoadmapQuery, RoadmapQueryVariables>;
export const SetIdeaStatusDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SetIdeaStatus($input: SetIdeaStatusInput!) {
  setIdeaStatus(input: $input) {
    ...IdeaDetail
  }
}
    fragment IdeaDetail on Idea {
  topicId
  status
  closed
  voteCount
  votedByMe
  viewerCanVote
  revision
  mergedIntoTopicId
  statusChangedAt
  officialResponse {
    body
    at
  }
  timeline {
    id
    createdAt
    fromStatus
    toStatus
    response
    mergedIntoTopicId
  }
}`) as unknown as TypedDocumentString<SetIdeaStatusMutation, SetIdeaStatusMutationVariables>;
export const UnvoteIdeaDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UnvoteIdea($topicId: ID!) {
  unvoteIdea(topicId: $topicId) {
    ...IdeaListItem
  }
}
    fragment IdeaListItem on Idea {
  topicId
  categoryId
  title
  status
  closed
  tags
  voteCount
  votedByMe
  viewerCanVote
  recentVotes
  statusChangedAt
  createdAt
  revision
}`) as unknown as TypedDocumentString<UnvoteIdeaMutation, UnvoteIdeaMutationVariables>;
export const VoteIdeaDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VoteIdea($topicId: ID!) {
  voteIdea(topicId: $topicId) {
    ...IdeaListItem
  }
}
    fragment IdeaListItem on Idea {
  topicId
  categoryId
  title
  status
  closed
  tags
  voteCount
  votedByMe
  viewerCanVote
  recentVotes
  statusChangedAt
  createdAt
  revision
}`) as unknown as TypedDocumentString<VoteIdeaMutation, VoteIdeaMutationVariables>;
export const AcceptGuidelinesDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AcceptGuidelines($version: Int!) {
  acceptGuidelines(version: $version)
}
    `) as unknown as TypedDocumentString<AcceptGuidelinesMutation, AcceptGuidelinesMutationVariables>;
export const GuidelinesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Guidelines {
  guidelines {
    version
    bodyHtml
    createdAt
  }
}
    `) as unknown as TypedDocumentString<GuidelinesQuery, GuidelinesQueryVariables>;
export const MarkAllNotificationsReadDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead
}
    `) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MarkNotificationReadDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    id
    read
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const NotificationsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Notifications($first: Int, $after: String, $unreadOnly: Boolean!) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges {
      node {
        ...NotificationItem
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment NotificationItem on Notification {
  id
  kind
  topicId
  postId
  postNumber
  topicTitle
  actorCount
  actor {
    handle
    displayName
  }
  byBrand
  reaction
  reason
  eventId
  eventOccurrenceId
  eventTitle
  eventStartsAt
  flagOutcome
  read
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = /*#__PURE__*/ new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const ClosePollDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ClosePoll($pollId: ID!) {
  closePoll(pollId: $pollId) {
    ...PollView
  }
}
    fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<ClosePollMutation, ClosePollMutationVariables>;
export const CreatePollDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreatePoll($input: CreatePollInput!) {
  createPoll(input: $input) {
    ...PollView
  }
}
    fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<CreatePollMutation, CreatePollMutationVariables>;
export const PollVotersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PollVoters($id: ID!, $first: Int, $after: String) {
  poll(id: $id) {
    id
    options {
      id
      voters(first: $first, after: $after) {
        edges {
          node {
            id
            handle
            displayName
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PollVotersQuery, PollVotersQueryVariables>;
export const PollDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Poll($id: ID!) {
  poll(id: $id) {
    ...PollView
  }
}
    fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<PollQuery, PollQueryVariables>;
export const RetractPollVoteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RetractPollVote($pollId: ID!) {
  retractPollVote(pollId: $pollId) {
    ...PollView
  }
}
    fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<RetractPollVoteMutation, RetractPollVoteMutationVariables>;
export const VotePollDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation VotePoll($pollId: ID!, $optionIds: [ID!]!) {
  votePoll(pollId: $pollId, optionIds: $optionIds) {
    ...PollView
  }
}
    fragment PollView on Poll {
  id
  postId
  question
  kind
  maxChoices
  anonymous
  resultsVisibility
  closesAt
  closedAt
  closed
  voterCount
  resultsVisible
  myVote
  revision
  viewerCanVote
  viewerCanClose
  options {
    id
    label
    votes
    votedByMe
  }
}`) as unknown as TypedDocumentString<VotePollMutation, VotePollMutationVariables>;
export const UserPostsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query UserPosts($handle: String!, $first: Int, $after: String) {
  userPosts(handle: $handle, first: $first, after: $after) {
    edges {
      node {
        id
        postNumber
        bodyHtml
        createdAt
        topic {
          id
          title
          kind
          category {
            id
            slug
            name
            color
          }
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<UserPostsQuery, UserPostsQueryVariables>;
export const UserProfileDocument = /*#__PURE__*/ new TypedDocumentString(`
    query UserProfile($handle: String!) {
  user(handle: $handle) {
    id
    handle
    displayName
    role
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UserProfileQuery, UserProfileQueryVariables>;
export const SearchDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Search($query: String!, $categoryId: ID, $authorHandle: String, $tag: String, $kind: TopicKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  search(
    query: $query
    categoryId: $categoryId
    authorHandle: $authorHandle
    tag: $tag
    kind: $kind
    from: $from
    to: $to
    first: $first
    after: $after
  ) {
    edges {
      node {
        snippet
        rank
        post {
          id
          postNumber
          createdAt
          voice
          author {
            id
            handle
            displayName
          }
        }
        topic {
          id
          title
          kind
          tags
          answered
          category {
            id
            slug
            name
            color
          }
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;