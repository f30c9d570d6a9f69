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

/** A role for category permissions: the four account roles, plus GUEST for people not signed in. */
export type AccessRole =
  /** An administrator (always allowed). */
  | 'ADMIN'
  /** A community manager. */
  | 'COMMUNITY_MANAGER'
  /** Not signed in. */
  | 'GUEST'
  /** A signed-in member. */
  | 'MEMBER'
  /** A moderator. */
  | 'MODERATOR';

/** Narrows the audit log; all given conditions apply. */
export type AuditFilterInput = {
  /** Only this action, e.g. USER_SUSPENDED. */
  action?: string | null | undefined;
  /** Only actions by this staff handle. */
  actorHandle?: string | null | undefined;
  /** At or after this moment. */
  from?: string | null | undefined;
  /** Only this target id. */
  targetId?: string | null | undefined;
  /** Only this kind of target. */
  targetType?: string | null | undefined;
  /** Before this moment. */
  to?: string | null | undefined;
};

/** With AGREE: what also happens to the author of the content (or the flagged member). */
export type AuthorAction =
  /** Nothing more. */
  | 'NONE'
  /** Read-only until authorActionUntil. */
  | 'SILENCE'
  /** Cannot sign in until authorActionUntil, or indefinitely; their sessions end at once. */
  | 'SUSPEND'
  /** A private warning with the reason, on their record. */
  | 'WARN';

/** An open period of one weekday. */
export type BusinessPeriodInput = {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  day: number;
  /** HH:MM, after start; 24:00 for midnight. */
  end: string;
  /** HH:MM. */
  start: string;
};

/** A password change: the current password proves it is the owner. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password: 10–256 characters, different from the current one. */
  newPassword: string;
};

/** Which period the KPI dashboard shows, and how its series are cut. */
export type CommunityKpisInput = {
  /** Bucket size of the series; at most 366 buckets per period. */
  bucket?: KpiBucket;
  /** Start of the period: its calendar day in `timeZone` is the first day counted. */
  from: string;
  /** IANA time zone deciding which calendar days the period covers and where weeks and months start (default UTC). */
  timeZone?: string | null | undefined;
  /** End of the period, exclusive: the day of the last instant before it is the last day counted. At most 731 days after `from`. */
  to: string;
};

/** What happens to flagged content when the flags are agreed with. */
export type ContentAction =
  /** Delete it (restorable by staff). */
  | 'DELETE'
  /** Hide it (restorable). */
  | 'HIDE'
  /** Leave it. */
  | 'NONE';

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

/** A new category. */
export type CreateCategoryInput = {
  /** Badge colour as #rrggbb. */
  color?: string | null | undefined;
  /** What belongs here, up to 500 characters. */
  description?: string | null | undefined;
  /** Display name, 2–100 characters. */
  name: string;
  /** Parent category (one level of nesting only). */
  parentId?: string | number | null | undefined;
  /** Who may post; default every member. */
  postRoles?: Array<AccessRole> | null | undefined;
  /** Who may read; default everyone including guests. */
  readRoles?: Array<AccessRole> | null | undefined;
  /** URL name: 2–64 of a–z, 0–9 and -, unique. */
  slug: string;
};

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

/** Invitations to create. */
export type CreateInvitationsInput = {
  /** Open invitations not tied to an address. */
  count?: number;
  /** One invitation per address (bulk invite). */
  emails?: Array<string>;
  /** Days until they expire, 1–90. */
  expiresInDays?: number;
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

/** Which feedback to list. */
export type FeedbackFilterInput = {
  /** Only feedback supporting this idea (its topic id). */
  ideaTopicId?: string | number | null | undefined;
  /** Only this product area. */
  productAreaId?: string | number | null | undefined;
  /** Only this type. */
  type?: FeedbackType | null | undefined;
  /** Only feedback without a product area. */
  withoutArea?: boolean | null | undefined;
};

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

/** A moderator's verdict on the flags of one item. */
export type FlagDecision =
  /** The flags are right (raises the flaggers' weight); act on the content. */
  | 'AGREE'
  /** The flags are wrong (lowers their weight); a hidden post is restored. */
  | 'DISAGREE'
  /** Close the item without a verdict. */
  | 'IGNORE';

/** Which of a member's flags. */
export type FlagDirection =
  /** Flags they raised. */
  | 'GIVEN'
  /** Flags on their posts, their topics or them. */
  | 'RECEIVED';

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

/** Which open items. */
export type InboxFilterInput = {
  /** Only this category. */
  categoryId?: string | number | null | undefined;
  /** Only items you claimed. */
  mine?: boolean | null | undefined;
  /** Only items nobody holds. */
  unclaimed?: boolean | null | undefined;
};

/** Where an item stands against the reply target, counted in business hours. */
export type InboxItemState =
  /** About to cross the target: a quarter of it or a minute left, whichever is more. */
  | 'DUE_SOON'
  /** More than a quarter of the target (and more than a minute) is left. */
  | 'ON_TIME'
  /** Waited longer than the target. */
  | 'OVERDUE';

/** Why a topic waits for the team. */
export type InboxReason =
  /** A member replied after the team's last reply. */
  | 'FOLLOW_UP'
  /** Staff sent the topic to the inbox by hand. */
  | 'SENT'
  /** A member's question or idea with no reply from the team and no accepted answer. */
  | 'UNANSWERED';

/** Where a join request stands. */
export type JoinRequestStatus =
  /** Let in. */
  | 'APPROVED'
  /** Waiting for staff. */
  | 'PENDING'
  /** Declined, with a reason. */
  | 'REJECTED';

/** How a KPI series cuts its period. */
export type KpiBucket =
  /** One point per calendar day. */
  | 'DAY'
  /** One point per calendar month; the first and last may be cut short by the period. */
  | 'MONTH'
  /** One point per ISO week (Monday to Sunday); the first and last may be cut short by the period. */
  | 'WEEK';

/** Where an email stands. */
export type MailStatus =
  /** Given up (or no mail server is configured): share the link another way. */
  | 'FAILED'
  /** Waiting to be sent, or to be retried. */
  | 'PENDING'
  /** Handed to the mail server. */
  | 'SENT';

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

/** Narrows the member directory; all given conditions apply. */
export type MemberFilterInput = {
  /** Joined at or after. */
  joinedFrom?: string | null | undefined;
  /** Joined before. */
  joinedTo?: string | null | undefined;
  /** Part of a handle, display name or email. */
  query?: string | null | undefined;
  /** Only this role. */
  role?: Role | null | undefined;
  /** Only this standing. */
  status?: MemberStatus | null | undefined;
  /** Only this trust level: NEW, BASIC, MEMBER, REGULAR or LEADER. */
  trustLevel?: string | null | undefined;
};

/** A member's standing, for the directory filter. */
export type MemberStatus =
  /** A member in good standing. */
  | 'ACTIVE'
  /** Waiting for their join request. */
  | 'PENDING'
  /** Join request declined. */
  | 'REJECTED'
  /** Removed by staff. */
  | 'REMOVED'
  /** Read-only now. */
  | 'SILENCED'
  /** Suspended now. */
  | 'SUSPENDED';

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

/** Whether a queue item waits for a moderator. */
export type QueueStatus =
  /** Waiting. */
  | 'OPEN'
  /** Dealt with. */
  | 'RESOLVED';

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

/** A verdict on a flagged item. */
export type ResolveFlagsInput = {
  /** For AGREE: also warn, silence or suspend the author (unscoped staff only). */
  authorAction?: AuthorAction;
  /** Until when a silence or suspension lasts (a silence needs it; a suspension without it is indefinite). */
  authorActionUntil?: string | null | undefined;
  /** For AGREE: what happens to the content. */
  contentAction?: ContentAction;
  /** The verdict. */
  decision: FlagDecision;
  /** The queue item. */
  itemId: string | number;
  /** The reason shown to the author and in the audit log (required with an author action). */
  reason?: string | null | undefined;
};

/** A silence or suspension. */
export type RestrictUserInput = {
  /** The reason, up to 1,000 characters; they see it. */
  reason: string;
  /** Until when; omit to suspend indefinitely (silences need an end). */
  until?: string | null | undefined;
  /** The member. */
  userId: string | number;
};

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

/** What staff did about a member. */
export type SanctionKind =
  /** Read-only for a while. */
  | 'SILENCE'
  /** Cannot sign in for a while, or indefinitely. */
  | 'SUSPENSION'
  /** A private warning, recorded. */
  | 'WARNING';

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

/** Changes to a category; omitted fields stay as they are. */
export type UpdateCategoryInput = {
  /** Badge colour as #rrggbb. */
  color?: string | null | undefined;
  /** What belongs here, up to 500 characters. */
  description?: string | null | undefined;
  /** The category to change. */
  id: string | number;
  /** Display name, 2–100 characters. */
  name?: string | null | undefined;
  /** Who may post. */
  postRoles?: Array<AccessRole> | null | undefined;
  /** Who may read. */
  readRoles?: Array<AccessRole> | null | undefined;
  /** URL name: 2–64 of a–z, 0–9 and -, unique. */
  slug?: string | null | undefined;
};

/** Changes to the community settings; omitted fields stay. */
export type UpdateCommunitySettingsInput = {
  /** How people join. */
  accessMode?: AccessMode | null | undefined;
  /** The flag weight that hides a post, 1–100; null returns to the deployment's default. */
  flagHideThreshold?: number | null | undefined;
  /** Whether members must accept the guidelines before posting. */
  requireGuidelines?: boolean | null | undefined;
  /** Full trust settings as JSON: { thresholds: { BASIC, MEMBER, REGULAR }, limits: { NEW, BASIC, MEMBER, REGULAR, LEADER } }. */
  trustSettingsJson?: string | null | undefined;
};

/** The reply target, claim time and business hours; all are replaced. */
export type UpdateInboxSettingsInput = {
  /** Claim time in minutes, 1–1,440. */
  claimMinutes: number;
  /** Days off as YYYY-MM-DD, up to 366 (INVALID_DATE). */
  holidays: Array<string>;
  /** Reply target in business-hours minutes, 1–10,080. */
  targetMinutes: number;
  /** IANA time zone, e.g. Europe/Berlin (UNKNOWN_TIME_ZONE otherwise). */
  timeZone: string;
  /** Open periods, 1–28, not overlapping within a day (OVERLAPPING_HOURS, EMPTY_HOURS). */
  week: Array<BusinessPeriodInput>;
};

/** A warning for a member. */
export type WarnUserInput = {
  /** What they did and what to change, up to 1,000 characters; they see it. */
  reason: string;
  /** The member. */
  userId: string | number;
};

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

/** What a watched word does to a title or post containing it (any English or Russian form of it). */
export type WatchedWordAction =
  /** Refuse the post with a message. */
  | 'BLOCK'
  /** Accept it and show the word masked. */
  | 'CENSOR'
  /** Accept it and send it to the moderation queue. */
  | 'FLAG'
  /** Hold it until a moderator approves it. */
  | 'REQUIRE_APPROVAL';

export type AdminAuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditFilterInput | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: { edges: Array<{ node: { id: string, actorKind: string, action: string, targetType: string, targetId: string, reason: string | null, before: string | null, after: string | null, createdAt: string, target: { kind: string, id: string, label: string | null, postNumber: number | null, path: string | null, deleted: boolean }, actor: { id: string, handle: string, displayName: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminAuditEntryFragment = { id: string, actorKind: string, action: string, targetType: string, targetId: string, reason: string | null, before: string | null, after: string | null, createdAt: string, target: { kind: string, id: string, label: string | null, postNumber: number | null, path: string | null, deleted: boolean }, actor: { id: string, handle: string, displayName: string } | null };

export type AdminCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCategoriesQuery = { categories: Array<{ id: string, slug: string, name: string, description: string, color: string, position: number, parentId: string | null, readRoles: Array<AccessRole>, postRoles: Array<AccessRole>, archivedAt: string | null, topicCount: number }> };

export type AdminCategoryFragment = { id: string, slug: string, name: string, description: string, color: string, position: number, parentId: string | null, readRoles: Array<AccessRole>, postRoles: Array<AccessRole>, archivedAt: string | null, topicCount: number };

export type AdminArchiveCategoryMutationVariables = Exact<{
  id: string | number;
  archived: boolean;
}>;


export type AdminArchiveCategoryMutation = { archiveCategory: { id: string, slug: string, name: string, description: string, color: string, position: number, parentId: string | null, readRoles: Array<AccessRole>, postRoles: Array<AccessRole>, archivedAt: string | null, topicCount: number } };

export type AdminCreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type AdminCreateCategoryMutation = { createCategory: { id: string, slug: string, name: string, description: string, color: string, position: number, parentId: string | null, readRoles: Array<AccessRole>, postRoles: Array<AccessRole>, archivedAt: string | null, topicCount: number } };

export type AdminIdeaBoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminIdeaBoardsQuery = { ideaBoards: Array<{ id: string }> };

export type AdminReorderCategoriesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AdminReorderCategoriesMutation = { reorderCategories: Array<{ id: string, slug: string, name: string, description: string, color: string, position: number, parentId: string | null, readRoles: Array<AccessRole>, postRoles: Array<AccessRole>, archivedAt: string | null, topicCount: number }> };

export type AdminSetIdeaBoardMutationVariables = Exact<{
  categoryId: string | number;
  enabled: boolean;
}>;


export type AdminSetIdeaBoardMutation = { setIdeaBoard: { id: string } };

export type AdminUpdateCategoryMutationVariables = Exact<{
  input: UpdateCategoryInput;
}>;


export type AdminUpdateCategoryMutation = { updateCategory: { id: string, slug: string, name: string, description: string, color: string, position: number, parentId: string | null, readRoles: Array<AccessRole>, postRoles: Array<AccessRole>, archivedAt: string | null, topicCount: number } };

export type AdminDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDashboardQuery = { staffOverview: { memberCount: number, categoryCount: number }, auditLog: { edges: Array<{ node: { id: string, actorKind: string, action: string, targetType: string, targetId: string, reason: string | null, before: string | null, after: string | null, createdAt: string, target: { kind: string, id: string, label: string | null, postNumber: number | null, path: string | null, deleted: boolean }, actor: { id: string, handle: string, displayName: string } | null } }> } };

export type AdminCreateProductAreaMutationVariables = Exact<{
  name: string;
}>;


export type AdminCreateProductAreaMutation = { createProductArea: { id: string, name: string } };

export type AdminDeleteProductAreaMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteProductAreaMutation = { deleteProductArea: boolean };

export type AdminExportFeedbackQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminExportFeedbackQuery = { exportFeedbackCsv: string };

export type AdminExportIdeasQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminExportIdeasQuery = { exportIdeasCsv: string };

export type AdminFeedbackSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminFeedbackSummaryQuery = { feedbackSummary: Array<{ count: number, type: FeedbackType, productArea: { id: string, name: string } | null }>, productAreas: Array<{ id: string, name: string }> };

export type AdminFeedbackQueryVariables = Exact<{
  filter?: FeedbackFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminFeedbackQuery = { feedback: { edges: Array<{ node: { postId: string, postNumber: number, topicId: string, topicTitle: string, excerpt: string, type: FeedbackType, markedAt: string, ideaTopicId: string | null, productArea: { id: string, name: string } | null, author: { id: string, handle: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminFeedbackMarkFragment = { postId: string, postNumber: number, topicId: string, topicTitle: string, excerpt: string, type: FeedbackType, markedAt: string, ideaTopicId: string | null, productArea: { id: string, name: string } | null, author: { id: string, handle: string, displayName: string } | null };

export type AdminProductAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminProductAreasQuery = { productAreas: Array<{ id: string, name: string }> };

export type AdminProductAreaFragment = { id: string, name: string };

export type AdminRenameProductAreaMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type AdminRenameProductAreaMutation = { renameProductArea: { id: string, name: string } };

export type AdminGuidelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminGuidelinesQuery = { guidelines: { version: number, body: string, bodyHtml: string, createdAt: string } | null, communitySettings: { requireGuidelines: boolean } };

export type AdminGuidelinesVersionFragment = { version: number, body: string, bodyHtml: string, createdAt: string };

export type AdminPublishGuidelinesMutationVariables = Exact<{
  body: string;
}>;


export type AdminPublishGuidelinesMutation = { publishGuidelines: { version: number, body: string, bodyHtml: string, createdAt: string } };

export type AdminClaimInboxItemMutationVariables = Exact<{
  topicId: string | number;
}>;


export type AdminClaimInboxItemMutation = { claimInboxItem: { topicId: string, reason: InboxReason, waitingSince: string, dueAt: string | null, waitedSeconds: number, state: InboxItemState, claimedUntil: string | null, claimedBy: { id: string, handle: string, displayName: string } | null, topic: { id: string, title: string, kind: TopicKind, category: { id: string, name: string, color: string } | null }, waitingPost: { id: string, postNumber: number, bodyHtml: string, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type AdminDismissInboxItemMutationVariables = Exact<{
  topicId: string | number;
}>;


export type AdminDismissInboxItemMutation = { dismissInboxItem: boolean };

export type AdminInboxReplyMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type AdminInboxReplyMutation = { createPost: { id: string, postNumber: number } };

export type AdminInboxSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminInboxSettingsQuery = { inboxSettings: { targetMinutes: number, claimMinutes: number, businessHours: { timeZone: string, holidays: Array<string>, week: Array<{ day: number, start: string, end: string }> } } };

export type InboxSettingsViewFragment = { targetMinutes: number, claimMinutes: number, businessHours: { timeZone: string, holidays: Array<string>, week: Array<{ day: number, start: string, end: string }> } };

export type AdminInboxSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminInboxSummaryQuery = { inboxSummary: { open: number, mine: number, unclaimed: number, overdue: number, targetMinutes: number, withinHours: boolean, hoursChangeAt: string | null, viewerOnDuty: boolean, onDuty: Array<{ id: string, handle: string, displayName: string }> } };

export type AdminReleaseInboxItemMutationVariables = Exact<{
  topicId: string | number;
}>;


export type AdminReleaseInboxItemMutation = { releaseInboxItem: { topicId: string, reason: InboxReason, waitingSince: string, dueAt: string | null, waitedSeconds: number, state: InboxItemState, claimedUntil: string | null, claimedBy: { id: string, handle: string, displayName: string } | null, topic: { id: string, title: string, kind: TopicKind, category: { id: string, name: string, color: string } | null }, waitingPost: { id: string, postNumber: number, bodyHtml: string, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } };

export type AdminReplyInboxQueryVariables = Exact<{
  filter?: InboxFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminReplyInboxQuery = { replyInbox: { edges: Array<{ cursor: string, node: { topicId: string, reason: InboxReason, waitingSince: string, dueAt: string | null, waitedSeconds: number, state: InboxItemState, claimedUntil: string | null, claimedBy: { id: string, handle: string, displayName: string } | null, topic: { id: string, title: string, kind: TopicKind, category: { id: string, name: string, color: string } | null }, waitingPost: { id: string, postNumber: number, bodyHtml: string, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InboxItemViewFragment = { topicId: string, reason: InboxReason, waitingSince: string, dueAt: string | null, waitedSeconds: number, state: InboxItemState, claimedUntil: string | null, claimedBy: { id: string, handle: string, displayName: string } | null, topic: { id: string, title: string, kind: TopicKind, category: { id: string, name: string, color: string } | null }, waitingPost: { id: string, postNumber: number, bodyHtml: string, createdAt: string, author: { id: string, handle: string, displayName: string } | null } | null };

export type AdminSetInboxDutyMutationVariables = Exact<{
  onDuty: boolean;
}>;


export type AdminSetInboxDutyMutation = { setInboxDuty: boolean };

export type AdminUpdateInboxSettingsMutationVariables = Exact<{
  input: UpdateInboxSettingsInput;
}>;


export type AdminUpdateInboxSettingsMutation = { updateInboxSettings: { targetMinutes: number, claimMinutes: number, businessHours: { timeZone: string, holidays: Array<string>, week: Array<{ day: number, start: string, end: string }> } } };

export type AdminCreateInvitationsMutationVariables = Exact<{
  input: CreateInvitationsInput;
}>;


export type AdminCreateInvitationsMutation = { createInvitations: Array<{ id: string, email: string | null, token: string | null, createdAt: string, expiresAt: string }> };

export type AdminInvitationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminInvitationsQuery = { invitations: { edges: Array<{ node: { id: string, email: string | null, createdAt: string, expiresAt: string, usedAt: string | null, emailStatus: MailStatus | null, emailError: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminApproveJoinRequestMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminApproveJoinRequestMutation = { approveJoinRequest: boolean };

export type AdminJoinRequestsQueryVariables = Exact<{
  status: JoinRequestStatus;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminJoinRequestsQuery = { joinRequests: { edges: Array<{ node: { userId: string, handle: string, displayName: string, email: string, message: string, status: JoinRequestStatus, createdAt: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminRejectJoinRequestMutationVariables = Exact<{
  userId: string | number;
  reason: string;
}>;


export type AdminRejectJoinRequestMutation = { rejectJoinRequest: boolean };

export type AdminCommunityKpisCsvQueryVariables = Exact<{
  input: CommunityKpisInput;
}>;


export type AdminCommunityKpisCsvQuery = { communityKpisCsv: string };

export type AdminKpiFiguresFragment = { newMembers: number, visitors: number, activeMembers: number, contributingMembers: number, contributorShare: number | null, topics: number, replies: number, reactions: number, ideas: number, rsvps: number, contestEntries: number, contributions: number, repliesPerTopic: number | null, memberTopics: number, topicsWithReplyShare: number | null };

export type AdminKpiPeriodFragment = { start: string, end: string, totals: { newMembers: number, visitors: number, activeMembers: number, contributingMembers: number, contributorShare: number | null, topics: number, replies: number, reactions: number, ideas: number, rsvps: number, contestEntries: number, contributions: number, repliesPerTopic: number | null, memberTopics: number, topicsWithReplyShare: number | null }, series: Array<{ start: string, end: string, newMembers: number, visitors: number, activeMembers: number, contributingMembers: number, contributorShare: number | null, topics: number, replies: number, reactions: number, ideas: number, rsvps: number, contestEntries: number, contributions: number, repliesPerTopic: number | null, memberTopics: number, topicsWithReplyShare: number | null }>, responseTimes: { topics: number, replied: number, answeredByTeam: number, answeredWithinTarget: number, withinTargetShare: number | null, targetMinutes: number, firstReplyMedianSeconds: number | null, firstReplyP90Seconds: number | null, firstTeamReplyMedianSeconds: number | null, firstTeamReplyP90Seconds: number | null }, topContributors: Array<{ userId: string, handle: string, displayName: string, posts: number }>, topTopics: Array<{ topicId: string, title: string, replies: number, reactions: number }>, busiestCategories: Array<{ categoryId: string, name: string, topics: number, replies: number }> };

export type AdminCommunityKpisQueryVariables = Exact<{
  input: CommunityKpisInput;
}>;


export type AdminCommunityKpisQuery = { communityKpis: { bucket: KpiBucket, timeZone: string, unansweredNow: number, computedAt: string | null, current: { start: string, end: string, totals: { newMembers: number, visitors: number, activeMembers: number, contributingMembers: number, contributorShare: number | null, topics: number, replies: number, reactions: number, ideas: number, rsvps: number, contestEntries: number, contributions: number, repliesPerTopic: number | null, memberTopics: number, topicsWithReplyShare: number | null }, series: Array<{ start: string, end: string, newMembers: number, visitors: number, activeMembers: number, contributingMembers: number, contributorShare: number | null, topics: number, replies: number, reactions: number, ideas: number, rsvps: number, contestEntries: number, contributions: number, repliesPerTopic: number | null, memberTopics: number, topicsWithReplyShare: number | null }>, responseTimes: { topics: number, replied: number, answeredByTeam: number, answeredWithinTarget: number, withinTargetShare: number | null, targetMinutes: number, firstReplyMedianSeconds: number | null, firstReplyP90Seconds: number | null, firstTeamReplyMedianSeconds: number | null, firstTeamReplyP90Seconds: number | null }, topContributors: Array<{ userId: string, handle: string, displayName: string, posts: number }>, topTopics: Array<{ topicId: string, title: string, replies: number, reactions: number }>, busiestCategories: Array<{ categoryId: string, name: string, topics: number, replies: number }> }, previous: { start: string, end: string, totals: { newMembers: number, visitors: number, activeMembers: number, contributingMembers: number, contributorShare: number | null, topics: number, replies: number, reactions: number, ideas: number, rsvps: number, contestEntries: number, contributions: number, repliesPerTopic: number | null, memberTopics: number, topicsWithReplyShare: number | null }, series: Array<{ start: string, end: string, newMembers: number, visitors: number, activeMembers: number, contributingMembers: number, contributorShare: number | null, topics: number, replies: number, reactions: number, ideas: number, rsvps: number, contestEntries: number, contributions: number, repliesPerTopic: number | null, memberTopics: number, topicsWithReplyShare: number | null }>, responseTimes: { topics: number, replied: number, answeredByTeam: number, answeredWithinTarget: number, withinTargetShare: number | null, targetMinutes: number, firstReplyMedianSeconds: number | null, firstReplyP90Seconds: number | null, firstTeamReplyMedianSeconds: number | null, firstTeamReplyP90Seconds: number | null }, topContributors: Array<{ userId: string, handle: string, displayName: string, posts: number }>, topTopics: Array<{ topicId: string, title: string, replies: number, reactions: number }>, busiestCategories: Array<{ categoryId: string, name: string, topics: number, replies: number }> } } };

export type AdminLiftSilenceMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminLiftSilenceMutation = { liftSilence: { id: string } };

export type AdminLiftSuspensionMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminLiftSuspensionMutation = { liftSuspension: { id: string } };

export type AdminMemberFlagsQueryVariables = Exact<{
  userId: string | number;
  direction: FlagDirection;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminMemberFlagsQuery = { memberFlags: { edges: Array<{ node: { id: string, reason: FlagReason, note: string | null, weight: number, status: string, createdAt: string, targetType: FlagTargetType, targetId: string, itemId: string, flagger: { id: string, handle: string, displayName: string } | null, post: { id: string, postNumber: number, bodyHtml: string, topic: { id: string, title: string } | null } | null, topic: { id: string, title: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminMemberFlagFragment = { id: string, reason: FlagReason, note: string | null, weight: number, status: string, createdAt: string, targetType: FlagTargetType, targetId: string, itemId: string, flagger: { id: string, handle: string, displayName: string } | null, post: { id: string, postNumber: number, bodyHtml: string, topic: { id: string, title: string } | null } | null, topic: { id: string, title: string } | null };

export type AdminMemberHistoryQueryVariables = Exact<{
  targetId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminMemberHistoryQuery = { auditLog: { edges: Array<{ node: { id: string, actorKind: string, action: string, targetType: string, targetId: string, reason: string | null, before: string | null, after: string | null, createdAt: string, target: { kind: string, id: string, label: string | null, postNumber: number | null, path: string | null, deleted: boolean }, actor: { id: string, handle: string, displayName: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminMemberPostsQueryVariables = Exact<{
  handle: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminMemberPostsQuery = { userPosts: { edges: Array<{ node: { id: string, postNumber: number, bodyHtml: string, createdAt: string, topic: { id: string, title: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminMemberSanctionsQueryVariables = Exact<{
  userId: string | number;
}>;


export type AdminMemberSanctionsQuery = { userSanctions: Array<{ id: string, kind: SanctionKind, reason: string, endsAt: string | null, liftedAt: string | null, createdAt: string }> };

export type AdminSanctionFragment = { id: string, kind: SanctionKind, reason: string, endsAt: string | null, liftedAt: string | null, createdAt: string };

export type AdminMemberQueryVariables = Exact<{
  handle: string;
}>;


export type AdminMemberQuery = { user: { id: string, handle: string, displayName: string, role: Role, trustLevel: string, email: string | null, createdAt: string, standing: { flagsGiven: number, flagsGivenAgreed: number, flagsGivenDisagreed: number, flagsReceived: number, flagsReceivedAgreed: number, postCount: number, topicsEntered: number, postsRead: number, readMinutes: number, daysVisited: number, lastVisitOn: string | null, membership: MembershipStatus, suspendedUntil: string | null, silencedUntil: string | null, moderatorCategories: Array<{ id: string, name: string, color: string }> } | null } | null };

export type AdminMemberFragment = { id: string, handle: string, displayName: string, role: Role, trustLevel: string, email: string | null, createdAt: string, standing: { flagsGiven: number, flagsGivenAgreed: number, flagsGivenDisagreed: number, flagsReceived: number, flagsReceivedAgreed: number, postCount: number, topicsEntered: number, postsRead: number, readMinutes: number, daysVisited: number, lastVisitOn: string | null, membership: MembershipStatus, suspendedUntil: string | null, silencedUntil: string | null, moderatorCategories: Array<{ id: string, name: string, color: string }> } | null };

export type AdminMembersQueryVariables = Exact<{
  filter?: MemberFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminMembersQuery = { members: { edges: Array<{ node: { id: string, handle: string, displayName: string, email: string | null, role: Role, trustLevel: string, createdAt: string, standing: { membership: MembershipStatus, suspendedUntil: string | null, silencedUntil: string | null } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminMemberRowFragment = { id: string, handle: string, displayName: string, email: string | null, role: Role, trustLevel: string, createdAt: string, standing: { membership: MembershipStatus, suspendedUntil: string | null, silencedUntil: string | null } | null };

export type AdminStandingBadgesFragment = { membership: MembershipStatus, suspendedUntil: string | null, silencedUntil: string | null };

export type AdminRemoveMemberMutationVariables = Exact<{
  userId: string | number;
  hideContent: boolean;
  reason: string;
}>;


export type AdminRemoveMemberMutation = { removeMember: boolean };

export type AdminRestoreMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminRestoreMemberMutation = { restoreMember: boolean };

export type AdminSetLeaderMutationVariables = Exact<{
  userId: string | number;
  leader: boolean;
}>;


export type AdminSetLeaderMutation = { setLeader: string };

export type AdminSetModeratorCategoriesMutationVariables = Exact<{
  userId: string | number;
  categoryIds: Array<string | number> | string | number;
}>;


export type AdminSetModeratorCategoriesMutation = { setModeratorCategories: Array<string> };

export type AdminSetUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type AdminSetUserRoleMutation = { setUserRole: { id: string, handle: string, displayName: string, role: Role, trustLevel: string, email: string | null, createdAt: string, standing: { flagsGiven: number, flagsGivenAgreed: number, flagsGivenDisagreed: number, flagsReceived: number, flagsReceivedAgreed: number, postCount: number, topicsEntered: number, postsRead: number, readMinutes: number, daysVisited: number, lastVisitOn: string | null, membership: MembershipStatus, suspendedUntil: string | null, silencedUntil: string | null, moderatorCategories: Array<{ id: string, name: string, color: string }> } | null } };

export type AdminSilenceUserMutationVariables = Exact<{
  input: RestrictUserInput;
}>;


export type AdminSilenceUserMutation = { silenceUser: { id: string, kind: SanctionKind, reason: string, endsAt: string | null, liftedAt: string | null, createdAt: string } };

export type AdminSuspendUserMutationVariables = Exact<{
  input: RestrictUserInput;
}>;


export type AdminSuspendUserMutation = { suspendUser: { id: string, kind: SanctionKind, reason: string, endsAt: string | null, liftedAt: string | null, createdAt: string } };

export type AdminWarnUserMutationVariables = Exact<{
  input: WarnUserInput;
}>;


export type AdminWarnUserMutation = { warnUser: { id: string, kind: SanctionKind, reason: string, endsAt: string | null, liftedAt: string | null, createdAt: string } };

export type AdminApprovePostMutationVariables = Exact<{
  itemId: string | number;
}>;


export type AdminApprovePostMutation = { approvePost: { id: string, status: QueueStatus, resolution: string | null } };

export type AdminModerationQueueQueryVariables = Exact<{
  status: QueueStatus;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminModerationQueueQuery = { moderationQueue: { edges: Array<{ node: { id: string, kind: string, targetType: FlagTargetType, targetId: string, categoryId: string | null, status: QueueStatus, flagWeight: number, flagCount: number, resolution: string | null, resolvedAt: string | null, createdAt: string, flags: Array<{ id: string, reason: FlagReason, note: string | null, weight: number, status: string, createdAt: string, flagger: { id: string, handle: string, displayName: string } | null }>, post: { id: string, postNumber: number, bodyHtml: string, createdAt: string, author: { id: string, handle: string, displayName: string, role: Role } | null, topic: { id: string, title: string } | null } | null, topic: { id: string, title: string, author: { id: string, handle: string, displayName: string, role: Role } | null } | null, user: { id: string, handle: string, displayName: string, role: Role, standing: { membership: MembershipStatus, suspendedUntil: string | null, silencedUntil: string | null } | null } | null, joinRequest: { handle: string, displayName: string, email: string, message: string, status: JoinRequestStatus, createdAt: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminQueueItemFragment = { id: string, kind: string, targetType: FlagTargetType, targetId: string, categoryId: string | null, status: QueueStatus, flagWeight: number, flagCount: number, resolution: string | null, resolvedAt: string | null, createdAt: string, flags: Array<{ id: string, reason: FlagReason, note: string | null, weight: number, status: string, createdAt: string, flagger: { id: string, handle: string, displayName: string } | null }>, post: { id: string, postNumber: number, bodyHtml: string, createdAt: string, author: { id: string, handle: string, displayName: string, role: Role } | null, topic: { id: string, title: string } | null } | null, topic: { id: string, title: string, author: { id: string, handle: string, displayName: string, role: Role } | null } | null, user: { id: string, handle: string, displayName: string, role: Role, standing: { membership: MembershipStatus, suspendedUntil: string | null, silencedUntil: string | null } | null } | null, joinRequest: { handle: string, displayName: string, email: string, message: string, status: JoinRequestStatus, createdAt: string } | null };

export type AdminRejectPostMutationVariables = Exact<{
  itemId: string | number;
  reason?: string | null | undefined;
}>;


export type AdminRejectPostMutation = { rejectPost: { id: string, status: QueueStatus, resolution: string | null } };

export type AdminResolveFlagsMutationVariables = Exact<{
  input: ResolveFlagsInput;
}>;


export type AdminResolveFlagsMutation = { resolveFlags: { id: string, status: QueueStatus, resolution: string | null } };

export type AdminMarkReviewedMutationVariables = Exact<{
  postId: string | number;
}>;


export type AdminMarkReviewedMutation = { markReviewed: { reviewedUpTo: string, postId: string | null } };

export type AdminReviewReplyMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type AdminReviewReplyMutation = { createPost: { id: string, postNumber: number } };

export type AdminReviewHidePostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type AdminReviewHidePostMutation = { hidePost: { id: string, hiddenReason: string | null } };

export type AdminReviewSendToQueueMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type AdminReviewSendToQueueMutation = { sendToQueue: { itemId: string } };

export type AdminReviewSendToInboxMutationVariables = Exact<{
  topicId: string | number;
}>;


export type AdminReviewSendToInboxMutation = { sendToInbox: { topicId: string } };

export type AdminReviewFeedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminReviewFeedQuery = { reviewFeed: { edges: Array<{ node: { postId: string, opensTopic: boolean, createdAt: string, topic: { id: string, title: string, categoryId: string, category: { id: string, name: string } | null }, post: { id: string, postNumber: number, bodyHtml: string, createdAt: string, hiddenReason: string | null, awaitingApproval: boolean, voice: PostVoice, author: { id: string, handle: string, displayName: string } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminReviewItemFragment = { postId: string, opensTopic: boolean, createdAt: string, topic: { id: string, title: string, categoryId: string, category: { id: string, name: string } | null }, post: { id: string, postNumber: number, bodyHtml: string, createdAt: string, hiddenReason: string | null, awaitingApproval: boolean, voice: PostVoice, author: { id: string, handle: string, displayName: string } | null } | null };

export type AdminReviewSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminReviewSummaryQuery = { reviewSummary: { left: number, capped: boolean, startsAfter: string, mine: { reviewedUpTo: string, postId: string | null } | null, others: Array<{ reviewedUpTo: string, updatedAt: string, user: { id: string, handle: string, displayName: string } | null }> } };

export type AdminMyScopeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMyScopeQuery = { me: { id: string, standing: { moderatorCategories: Array<{ id: string, name: string, color: string }> } | null } | null };

export type AdminModerationSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminModerationSummaryQuery = { moderationSummary: { openCount: number, oldestOpenAt: string | null } };

export type AdminCommunitySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCommunitySettingsQuery = { communitySettings: { accessMode: AccessMode, requireGuidelines: boolean, trustSettingsJson: string, flagHideThreshold: number, flagHideThresholdIsDefault: boolean } };

export type AdminCommunitySettingsFragment = { accessMode: AccessMode, requireGuidelines: boolean, trustSettingsJson: string, flagHideThreshold: number, flagHideThresholdIsDefault: boolean };

export type AdminRecomputeTrustLevelsMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminRecomputeTrustLevelsMutation = { recomputeTrustLevels: number };

export type AdminUpdateCommunitySettingsMutationVariables = Exact<{
  input: UpdateCommunitySettingsInput;
}>;


export type AdminUpdateCommunitySettingsMutation = { updateCommunitySettings: { accessMode: AccessMode, requireGuidelines: boolean, trustSettingsJson: string, flagHideThreshold: number, flagHideThresholdIsDefault: boolean } };

export type AdminCreateWatchedWordMutationVariables = Exact<{
  word: string;
  action: WatchedWordAction;
}>;


export type AdminCreateWatchedWordMutation = { createWatchedWord: { id: string, word: string, action: WatchedWordAction, createdAt: string } };

export type AdminDeleteWatchedWordMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteWatchedWordMutation = { deleteWatchedWord: boolean };

export type AdminWatchedWordsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWatchedWordsQuery = { watchedWords: Array<{ id: string, word: string, action: WatchedWordAction, createdAt: string }> };

export type AdminWatchedWordFragment = { id: string, word: string, action: WatchedWordAction, createdAt: string };

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
export const AdminAuditEntryFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminAuditEntry on AuditEntry {
  id
  actorKind
  action
  targetType
  targetId
  target {
    kind
    id
    label
    postNumber
    path
    deleted
  }
  reason
  before
  after
  createdAt
  actor {
    id
    handle
    displayName
  }
}
    `, {"fragmentName":"AdminAuditEntry"}) as unknown as TypedDocumentString<AdminAuditEntryFragment, unknown>;
export const AdminCategoryFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminCategory on Category {
  id
  slug
  name
  description
  color
  position
  parentId
  readRoles
  postRoles
  archivedAt
  topicCount
}
    `, {"fragmentName":"AdminCategory"}) as unknown as TypedDocumentString<AdminCategoryFragment, unknown>;
export const AdminFeedbackMarkFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminFeedbackMark on FeedbackMark {
  postId
  postNumber
  topicId
  topicTitle
  excerpt
  type
  markedAt
  ideaTopicId
  productArea {
    id
    name
  }
  author {
    id
    handle
    displayName
  }
}
    `, {"fragmentName":"AdminFeedbackMark"}) as unknown as TypedDocumentString<AdminFeedbackMarkFragment, unknown>;
export const AdminProductAreaFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminProductArea on ProductArea {
  id
  name
}
    `, {"fragmentName":"AdminProductArea"}) as unknown as TypedDocumentString<AdminProductAreaFragment, unknown>;
export const AdminGuidelinesVersionFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminGuidelinesVersion on Guidelines {
  version
  body
  bodyHtml
  createdAt
}
    `, {"fragmentName":"AdminGuidelinesVersion"}) as unknown as TypedDocumentString<AdminGuidelinesVersionFragment, unknown>;
export const InboxSettingsViewFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment InboxSettingsView on InboxSettings {
  targetMinutes
  claimMinutes
  businessHours {
    timeZone
    week {
      day
      start
      end
    }
    holidays
  }
}
    `, {"fragmentName":"InboxSettingsView"}) as unknown as TypedDocumentString<InboxSettingsViewFragment, unknown>;
export const InboxItemViewFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment InboxItemView on InboxItem {
  topicId
  reason
  waitingSince
  dueAt
  waitedSeconds
  state
  claimedUntil
  claimedBy {
    id
    handle
    displayName
  }
  topic {
    id
    title
    kind
    category {
      id
      name
      color
    }
  }
  waitingPost {
    id
    postNumber
    bodyHtml
    createdAt
    author {
      id
      handle
      displayName
    }
  }
}
    `, {"fragmentName":"InboxItemView"}) as unknown as TypedDocumentString<InboxItemViewFragment, unknown>;
export const AdminKpiFiguresFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminKpiFigures on KpiFigures {
  newMembers
  visitors
  activeMembers
  contributingMembers
  contributorShare
  topics
  replies
  reactions
  ideas
  rsvps
  contestEntries
  contributions
  repliesPerTopic
  memberTopics
  topicsWithReplyShare
}
    `, {"fragmentName":"AdminKpiFigures"}) as unknown as TypedDocumentString<AdminKpiFiguresFragment, unknown>;
export const AdminKpiPeriodFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminKpiPeriod on KpiPeriod {
  start
  end
  totals {
    ...AdminKpiFigures
  }
  series {
    start
    end
    newMembers
    visitors
    activeMembers
    contributingMembers
    contributorShare
    topics
    replies
    reactions
    ideas
    rsvps
    contestEntries
    contributions
    repliesPerTopic
    memberTopics
    topicsWithReplyShare
  }
  responseTimes {
    topics
    replied
    answeredByTeam
    answeredWithinTarget
    withinTargetShare
    targetMinutes
    firstReplyMedianSeconds
    firstReplyP90Seconds
    firstTeamReplyMedianSeconds
    firstTeamReplyP90Seconds
  }
  topContributors {
    userId
    handle
    displayName
    posts
  }
  topTopics {
    topicId
    title
    replies
    reactions
  }
  busiestCategories {
    categoryId
    name
    topics
    replies
  }
}
    fragment AdminKpiFigures on KpiFigures {
  newMembers
  visitors
  activeMembers
  contributingMembers
  contributorShare
  topics
  replies
  reactions
  ideas
  rsvps
  contestEntries
  contributions
  repliesPerTopic
  memberTopics
  topicsWithReplyShare
}`, {"fragmentName":"AdminKpiPeriod"}) as unknown as TypedDocumentString<AdminKpiPeriodFragment, unknown>;
export const AdminMemberFlagFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminMemberFlag on Flag {
  id
  reason
  note
  weight
  status
  createdAt
  targetType
  targetId
  itemId
  flagger {
    id
    handle
    displayName
  }
  post {
    id
    postNumber
    bodyHtml
    topic {
      id
      title
    }
  }
  topic {
    id
    title
  }
}
    `, {"fragmentName":"AdminMemberFlag"}) as unknown as TypedDocumentString<AdminMemberFlagFragment, unknown>;
export const AdminSanctionFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminSanction on Sanction {
  id
  kind
  reason
  endsAt
  liftedAt
  createdAt
}
    `, {"fragmentName":"AdminSanction"}) as unknown as TypedDocumentString<AdminSanctionFragment, unknown>;
export const AdminStandingBadgesFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminStandingBadges on MemberStanding {
  membership
  suspendedUntil
  silencedUntil
}
    `, {"fragmentName":"AdminStandingBadges"}) as unknown as TypedDocumentString<AdminStandingBadgesFragment, unknown>;
export const AdminMemberFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminMember on User {
  id
  handle
  displayName
  role
  trustLevel
  email
  createdAt
  standing {
    ...AdminStandingBadges
    flagsGiven
    flagsGivenAgreed
    flagsGivenDisagreed
    flagsReceived
    flagsReceivedAgreed
    postCount
    topicsEntered
    postsRead
    readMinutes
    daysVisited
    lastVisitOn
    moderatorCategories {
      id
      name
      color
    }
  }
}
    fragment AdminStandingBadges on MemberStanding {
  membership
  suspendedUntil
  silencedUntil
}`, {"fragmentName":"AdminMember"}) as unknown as TypedDocumentString<AdminMemberFragment, unknown>;
export const AdminMemberRowFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminMemberRow on User {
  id
  handle
  displayName
  email
  role
  trustLevel
  createdAt
  standing {
    ...AdminStandingBadges
  }
}
    fragment AdminStandingBadges on MemberStanding {
  membership
  suspendedUntil
  silencedUntil
}`, {"fragmentName":"AdminMemberRow"}) as unknown as TypedDocumentString<AdminMemberRowFragment, unknown>;
export const AdminQueueItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminQueueItem on ModerationItem {
  id
  kind
  targetType
  targetId
  categoryId
  status
  flagWeight
  flagCount
  resolution
  resolvedAt
  createdAt
  flags {
    id
    reason
    note
    weight
    status
    createdAt
    flagger {
      id
      handle
      displayName
    }
  }
  post {
    id
    postNumber
    bodyHtml
    createdAt
    author {
      id
      handle
      displayName
      role
    }
    topic {
      id
      title
    }
  }
  topic {
    id
    title
    author {
      id
      handle
      displayName
      role
    }
  }
  user {
    id
    handle
    displayName
    role
    standing {
      ...AdminStandingBadges
    }
  }
  joinRequest {
    handle
    displayName
    email
    message
    status
    createdAt
  }
}
    fragment AdminStandingBadges on MemberStanding {
  membership
  suspendedUntil
  silencedUntil
}`, {"fragmentName":"AdminQueueItem"}) as unknown as TypedDocumentString<AdminQueueItemFragment, unknown>;
export const AdminReviewItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminReviewItem on ReviewItem {
  postId
  opensTopic
  createdAt
  topic {
    id
    title
    categoryId
    category {
      id
      name
    }
  }
  post {
    id
    postNumber
    bodyHtml
    createdAt
    hiddenReason
    awaitingApproval
    voice
    author {
      id
      handle
      displayName
    }
  }
}
    `, {"fragmentName":"AdminReviewItem"}) as unknown as TypedDocumentString<AdminReviewItemFragment, unknown>;
export const AdminCommunitySettingsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminCommunitySettings on CommunitySettings {
  accessMode
  requireGuidelines
  trustSettingsJson
  flagHideThreshold
  flagHideThresholdIsDefault
}
    `, {"fragmentName":"AdminCommunitySettings"}) as unknown as TypedDocumentString<AdminCommunitySettingsFragment, unknown>;
export const AdminWatchedWordFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment AdminWatchedWord on WatchedWord {
  id
  word
  action
  createdAt
}
    `, {"fragmentName":"AdminWatchedWord"}) as unknown as TypedDocumentString<AdminWatchedWordFragment, unknown>;
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
export const AdminAuditLogDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminAuditLog($first: Int, $after: String, $filter: AuditFilterInput) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      node {
        ...AdminAuditEntry
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment AdminAuditEntry on AuditEntry {
  id
  actorKind
  action
  targetType
  targetId
  target {
    kind
    id
    label
    postNumber
    path
    deleted
  }
  reason
  before
  after
  createdAt
  actor {
    id
    handle
    displayName
  }
}`) as unknown as TypedDocumentString<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminCategoriesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminCategories {
  categories(includeArchived: true) {
    ...AdminCategory
  }
}
    fragment AdminCategory on Category {
  id
  slug
  name
  description
  color
  position
  parentId
  readRoles
  postRoles
  archivedAt
  topicCount
}`) as unknown as TypedDocumentString<AdminCategoriesQuery, AdminCategoriesQueryVariables>;
export const AdminArchiveCategoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminArchiveCategory($id: ID!, $archived: Boolean!) {
  archiveCategory(id: $id, archived: $archived) {
    ...AdminCategory
  }
}
    fragment AdminCategory on Category {
  id
  slug
  name
  description
  color
  position
  parentId
  readRoles
  postRoles
  archivedAt
  topicCount
}`) as unknown as TypedDocumentString<AdminArchiveCategoryMutation, AdminArchiveCategoryMutationVariables>;
export const AdminCreateCategoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminCreateCategory($input: CreateCategoryInput!) {
  createCategory(input: $input) {
    ...AdminCategory
  }
}
    fragment AdminCategory on Category {
  id
  slug
  name
  description
  color
  position
  parentId
  readRoles
  postRoles
  archivedAt
  topicCount
}`) as unknown as TypedDocumentString<AdminCreateCategoryMutation, AdminCreateCategoryMutationVariables>;
export const AdminIdeaBoardsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminIdeaBoards {
  ideaBoards {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminIdeaBoardsQuery, AdminIdeaBoardsQueryVariables>;
export const AdminReorderCategoriesDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminReorderCategories($ids: [ID!]!) {
  reorderCategories(ids: $ids) {
    ...AdminCategory
  }
}
    fragment AdminCategory on Category {
  id
  slug
  name
  description
  color
  position
  parentId
  readRoles
  postRoles
  archivedAt
  topicCount
}`) as unknown as TypedDocumentString<AdminReorderCategoriesMutation, AdminReorderCategoriesMutationVariables>;
export const AdminSetIdeaBoardDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminSetIdeaBoard($categoryId: ID!, $enabled: Boolean!) {
  setIdeaBoard(categoryId: $categoryId, enabled: $enabled) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminSetIdeaBoardMutation, AdminSetIdeaBoardMutationVariables>;
export const AdminUpdateCategoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminUpdateCategory($input: UpdateCategoryInput!) {
  updateCategory(input: $input) {
    ...AdminCategory
  }
}
    fragment AdminCategory on Category {
  id
  slug
  name
  description
  color
  position
  parentId
  readRoles
  postRoles
  archivedAt
  topicCount
}`) as unknown as TypedDocumentString<AdminUpdateCategoryMutation, AdminUpdateCategoryMutationVariables>;
export const AdminDashboardDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminDashboard {
  staffOverview {
    memberCount
    categoryCount
  }
  auditLog(first: 6) {
    edges {
      node {
        ...AdminAuditEntry
      }
    }
  }
}
    fragment AdminAuditEntry on AuditEntry {
  id
  actorKind
  action
  targetType
  targetId
  target {
    kind
    id
    label
    postNumber
    path
    deleted
  }
  reason
  before
  after
  createdAt
  actor {
    id
    handle
    displayName
  }
}`) as unknown as TypedDocumentString<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const AdminCreateProductAreaDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminCreateProductArea($name: String!) {
  createProductArea(name: $name) {
    ...AdminProductArea
  }
}
    fragment AdminProductArea on ProductArea {
  id
  name
}`) as unknown as TypedDocumentString<AdminCreateProductAreaMutation, AdminCreateProductAreaMutationVariables>;
export const AdminDeleteProductAreaDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminDeleteProductArea($id: ID!) {
  deleteProductArea(id: $id)
}
    `) as unknown as TypedDocumentString<AdminDeleteProductAreaMutation, AdminDeleteProductAreaMutationVariables>;
export const AdminExportFeedbackDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminExportFeedback {
  exportFeedbackCsv
}
    `) as unknown as TypedDocumentString<AdminExportFeedbackQuery, AdminExportFeedbackQueryVariables>;
export const AdminExportIdeasDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminExportIdeas {
  exportIdeasCsv(sort: TOP)
}
    `) as unknown as TypedDocumentString<AdminExportIdeasQuery, AdminExportIdeasQueryVariables>;
export const AdminFeedbackSummaryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminFeedbackSummary {
  feedbackSummary {
    count
    type
    productArea {
      id
      name
    }
  }
  productAreas {
    ...AdminProductArea
  }
}
    fragment AdminProductArea on ProductArea {
  id
  name
}`) as unknown as TypedDocumentString<AdminFeedbackSummaryQuery, AdminFeedbackSummaryQueryVariables>;
export const AdminFeedbackDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminFeedback($filter: FeedbackFilterInput, $first: Int, $after: String) {
  feedback(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        ...AdminFeedbackMark
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AdminFeedbackMark on FeedbackMark {
  postId
  postNumber
  topicId
  topicTitle
  excerpt
  type
  markedAt
  ideaTopicId
  productArea {
    id
    name
  }
  author {
    id
    handle
    displayName
  }
}`) as unknown as TypedDocumentString<AdminFeedbackQuery, AdminFeedbackQueryVariables>;
export const AdminProductAreasDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminProductAreas {
  productAreas {
    ...AdminProductArea
  }
}
    fragment AdminProductArea on ProductArea {
  id
  name
}`) as unknown as TypedDocumentString<AdminProductAreasQuery, AdminProductAreasQueryVariables>;
export const AdminRenameProductAreaDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminRenameProductArea($id: ID!, $name: String!) {
  renameProductArea(id: $id, name: $name) {
    ...AdminProductArea
  }
}
    fragment AdminProductArea on ProductArea {
  id
  name
}`) as unknown as TypedDocumentString<AdminRenameProductAreaMutation, AdminRenameProductAreaMutationVariables>;
export const AdminGuidelinesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminGuidelines {
  guidelines {
    ...AdminGuidelinesVersion
  }
  communitySettings {
    requireGuidelines
  }
}
    fragment AdminGuidelinesVersion on Guidelines {
  version
  body
  bodyHtml
  createdAt
}`) as unknown as TypedDocumentString<AdminGuidelinesQuery, AdminGuidelinesQueryVariables>;
export const AdminPublishGuidelinesDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminPublishGuidelines($body: String!) {
  publishGuidelines(body: $body) {
    ...AdminGuidelinesVersion
  }
}
    fragment AdminGuidelinesVersion on Guidelines {
  version
  body
  bodyHtml
  createdAt
}`) as unknown as TypedDocumentString<AdminPublishGuidelinesMutation, AdminPublishGuidelinesMutationVariables>;
export const AdminClaimInboxItemDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminClaimInboxItem($topicId: ID!) {
  claimInboxItem(topicId: $topicId) {
    ...InboxItemView
  }
}
    fragment InboxItemView on InboxItem {
  topicId
  reason
  waitingSince
  dueAt
  waitedSeconds
  state
  claimedUntil
  claimedBy {
    id
    handle
    displayName
  }
  topic {
    id
    title
    kind
    category {
      id
      name
      color
    }
  }
  waitingPost {
    id
    postNumber
    bodyHtml
    createdAt
    author {
      id
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<AdminClaimInboxItemMutation, AdminClaimInboxItemMutationVariables>;
export const AdminDismissInboxItemDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminDismissInboxItem($topicId: ID!) {
  dismissInboxItem(topicId: $topicId)
}
    `) as unknown as TypedDocumentString<AdminDismissInboxItemMutation, AdminDismissInboxItemMutationVariables>;
export const AdminInboxReplyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminInboxReply($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    postNumber
  }
}
    `) as unknown as TypedDocumentString<AdminInboxReplyMutation, AdminInboxReplyMutationVariables>;
export const AdminInboxSettingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminInboxSettings {
  inboxSettings {
    ...InboxSettingsView
  }
}
    fragment InboxSettingsView on InboxSettings {
  targetMinutes
  claimMinutes
  businessHours {
    timeZone
    week {
      day
      start
      end
    }
    holidays
  }
}`) as unknown as TypedDocumentString<AdminInboxSettingsQuery, AdminInboxSettingsQueryVariables>;
export const AdminInboxSummaryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminInboxSummary {
  inboxSummary {
    open
    mine
    unclaimed
    overdue
    targetMinutes
    withinHours
    hoursChangeAt
    viewerOnDuty
    onDuty {
      id
      handle
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AdminInboxSummaryQuery, AdminInboxSummaryQueryVariables>;
export const AdminReleaseInboxItemDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminReleaseInboxItem($topicId: ID!) {
  releaseInboxItem(topicId: $topicId) {
    ...InboxItemView
  }
}
    fragment InboxItemView on InboxItem {
  topicId
  reason
  waitingSince
  dueAt
  waitedSeconds
  state
  claimedUntil
  claimedBy {
    id
    handle
    displayName
  }
  topic {
    id
    title
    kind
    category {
      id
      name
      color
    }
  }
  waitingPost {
    id
    postNumber
    bodyHtml
    createdAt
    author {
      id
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<AdminReleaseInboxItemMutation, AdminReleaseInboxItemMutationVariables>;
export const AdminReplyInboxDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminReplyInbox($filter: InboxFilterInput, $first: Int, $after: String) {
  replyInbox(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...InboxItemView
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment InboxItemView on InboxItem {
  topicId
  reason
  waitingSince
  dueAt
  waitedSeconds
  state
  claimedUntil
  claimedBy {
    id
    handle
    displayName
  }
  topic {
    id
    title
    kind
    category {
      id
      name
      color
    }
  }
  waitingPost {
    id
    postNumber
    bodyHtml
    createdAt
    author {
      id
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<AdminReplyInboxQuery, AdminReplyInboxQueryVariables>;
export const AdminSetInboxDutyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminSetInboxDuty($onDuty: Boolean!) {
  setInboxDuty(onDuty: $onDuty)
}
    `) as unknown as TypedDocumentString<AdminSetInboxDutyMutation, AdminSetInboxDutyMutationVariables>;
export const AdminUpdateInboxSettingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminUpdateInboxSettings($input: UpdateInboxSettingsInput!) {
  updateInboxSettings(input: $input) {
    ...InboxSettingsView
  }
}
    fragment InboxSettingsView on InboxSettings {
  targetMinutes
  claimMinutes
  businessHours {
    timeZone
    week {
      day
      start
      end
    }
    holidays
  }
}`) as unknown as TypedDocumentString<AdminUpdateInboxSettingsMutation, AdminUpdateInboxSettingsMutationVariables>;
export const AdminCreateInvitationsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminCreateInvitations($input: CreateInvitationsInput!) {
  createInvitations(input: $input) {
    id
    email
    token
    createdAt
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AdminCreateInvitationsMutation, AdminCreateInvitationsMutationVariables>;
export const AdminInvitationsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminInvitations($first: Int, $after: String) {
  invitations(first: $first, after: $after) {
    edges {
      node {
        id
        email
        createdAt
        expiresAt
        usedAt
        emailStatus
        emailError
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<AdminInvitationsQuery, AdminInvitationsQueryVariables>;
export const AdminApproveJoinRequestDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminApproveJoinRequest($userId: ID!) {
  approveJoinRequest(userId: $userId)
}
    `) as unknown as TypedDocumentString<AdminApproveJoinRequestMutation, AdminApproveJoinRequestMutationVariables>;
export const AdminJoinRequestsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminJoinRequests($status: JoinRequestStatus!, $first: Int, $after: String) {
  joinRequests(status: $status, first: $first, after: $after) {
    edges {
      node {
        userId
        handle
        displayName
        email
        message
        status
        createdAt
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<AdminJoinRequestsQuery, AdminJoinRequestsQueryVariables>;
export const AdminRejectJoinRequestDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminRejectJoinRequest($userId: ID!, $reason: String!) {
  rejectJoinRequest(userId: $userId, reason: $reason)
}
    `) as unknown as TypedDocumentString<AdminRejectJoinRequestMutation, AdminRejectJoinRequestMutationVariables>;
export const AdminCommunityKpisCsvDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminCommunityKpisCsv($input: CommunityKpisInput!) {
  communityKpisCsv(input: $input)
}
    `) as unknown as TypedDocumentString<AdminCommunityKpisCsvQuery, AdminCommunityKpisCsvQueryVariables>;
export const AdminCommunityKpisDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminCommunityKpis($input: CommunityKpisInput!) {
  communityKpis(input: $input) {
    bucket
    timeZone
    unansweredNow
    computedAt
    current {
      ...AdminKpiPeriod
    }
    previous {
      ...AdminKpiPeriod
    }
  }
}
    fragment AdminKpiFigures on KpiFigures {
  newMembers
  visitors
  activeMembers
  contributingMembers
  contributorShare
  topics
  replies
  reactions
  ideas
  rsvps
  contestEntries
  contributions
  repliesPerTopic
  memberTopics
  topicsWithReplyShare
}
fragment AdminKpiPeriod on KpiPeriod {
  start
  end
  totals {
    ...AdminKpiFigures
  }
  series {
    start
    end
    newMembers
    visitors
    activeMembers
    contributingMembers
    contributorShare
    topics
    replies
    reactions
    ideas
    rsvps
    contestEntries
    contributions
    repliesPerTopic
    memberTopics
    topicsWithReplyShare
  }
  responseTimes {
    topics
    replied
    answeredByTeam
    answeredWithinTarget
    withinTargetShare
    targetMinutes
    firstReplyMedianSeconds
    firstReplyP90Seconds
    firstTeamReplyMedianSeconds
    firstTeamReplyP90Seconds
  }
  topContributors {
    userId
    handle
    displayName
    posts
  }
  topTopics {
    topicId
    title
    replies
    reactions
  }
  busiestCategories {
    categoryId
    name
    topics
    replies
  }
}`) as unknown as TypedDocumentString<AdminCommunityKpisQuery, AdminCommunityKpisQueryVariables>;
export const AdminLiftSilenceDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminLiftSilence($userId: ID!) {
  liftSilence(userId: $userId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminLiftSilenceMutation, AdminLiftSilenceMutationVariables>;
export const AdminLiftSuspensionDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminLiftSuspension($userId: ID!) {
  liftSuspension(userId: $userId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminLiftSuspensionMutation, AdminLiftSuspensionMutationVariables>;
export const AdminMemberFlagsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminMemberFlags($userId: ID!, $direction: FlagDirection!, $first: Int, $after: String) {
  memberFlags(
    userId: $userId
    direction: $direction
    first: $first
    after: $after
  ) {
    edges {
      node {
        ...AdminMemberFlag
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment AdminMemberFlag on Flag {
  id
  reason
  note
  weight
  status
  createdAt
  targetType
  targetId
  itemId
  flagger {
    id
    handle
    displayName
  }
  post {
    id
    postNumber
    bodyHtml
    topic {
      id
      title
    }
  }
  topic {
    id
    title
  }
}`) as unknown as TypedDocumentString<AdminMemberFlagsQuery, AdminMemberFlagsQueryVariables>;
export const AdminMemberHistoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminMemberHistory($targetId: String!, $first: Int, $after: String) {
  auditLog(first: $first, after: $after, filter: {targetId: $targetId}) {
    edges {
      node {
        ...AdminAuditEntry
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment AdminAuditEntry on AuditEntry {
  id
  actorKind
  action
  targetType
  targetId
  target {
    kind
    id
    label
    postNumber
    path
    deleted
  }
  reason
  before
  after
  createdAt
  actor {
    id
    handle
    displayName
  }
}`) as unknown as TypedDocumentString<AdminMemberHistoryQuery, AdminMemberHistoryQueryVariables>;
export const AdminMemberPostsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminMemberPosts($handle: String!, $first: Int, $after: String) {
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
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMemberPostsQuery, AdminMemberPostsQueryVariables>;
export const AdminMemberSanctionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminMemberSanctions($userId: ID!) {
  userSanctions(userId: $userId) {
    ...AdminSanction
  }
}
    fragment AdminSanction on Sanction {
  id
  kind
  reason
  endsAt
  liftedAt
  createdAt
}`) as unknown as TypedDocumentString<AdminMemberSanctionsQuery, AdminMemberSanctionsQueryVariables>;
export const AdminMemberDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminMember($handle: String!) {
  user(handle: $handle) {
    ...AdminMember
  }
}
    fragment AdminMember on User {
  id
  handle
  displayName
  role
  trustLevel
  email
  createdAt
  standing {
    ...AdminStandingBadges
    flagsGiven
    flagsGivenAgreed
    flagsGivenDisagreed
    flagsReceived
    flagsReceivedAgreed
    postCount
    topicsEntered
    postsRead
    readMinutes
    daysVisited
    lastVisitOn
    moderatorCategories {
      id
      name
      color
    }
  }
}
fragment AdminStandingBadges on MemberStanding {
  membership
  suspendedUntil
  silencedUntil
}`) as unknown as TypedDocumentString<AdminMemberQuery, AdminMemberQueryVariables>;
export const AdminMembersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminMembers($filter: MemberFilterInput, $first: Int, $after: String) {
  members(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        ...AdminMemberRow
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment AdminMemberRow on User {
  id
  handle
  displayName
  email
  role
  trustLevel
  createdAt
  standing {
    ...AdminStandingBadges
  }
}
fragment AdminStandingBadges on MemberStanding {
  membership
  suspendedUntil
  silencedUntil
}`) as unknown as TypedDocumentString<AdminMembersQuery, AdminMembersQueryVariables>;
export const AdminRemoveMemberDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminRemoveMember($userId: ID!, $hideContent: Boolean!, $reason: String!) {
  removeMember(userId: $userId, hideContent: $hideContent, reason: $reason)
}
    `) as unknown as TypedDocumentString<AdminRemoveMemberMutation, AdminRemoveMemberMutationVariables>;
export const AdminRestoreMemberDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminRestoreMember($userId: ID!) {
  restoreMember(userId: $userId)
}
    `) as unknown as TypedDocumentString<AdminRestoreMemberMutation, AdminRestoreMemberMutationVariables>;
export const AdminSetLeaderDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminSetLeader($userId: ID!, $leader: Boolean!) {
  setLeader(userId: $userId, leader: $leader)
}
    `) as unknown as TypedDocumentString<AdminSetLeaderMutation, AdminSetLeaderMutationVariables>;
export const AdminSetModeratorCategoriesDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminSetModeratorCategories($userId: ID!, $categoryIds: [ID!]!) {
  setModeratorCategories(userId: $userId, categoryIds: $categoryIds)
}
    `) as unknown as TypedDocumentString<AdminSetModeratorCategoriesMutation, AdminSetModeratorCategoriesMutationVariables>;
export const AdminSetUserRoleDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminSetUserRole($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) {
    ...AdminMember
  }
}
    fragment AdminMember on User {
  id
  handle
  displayName
  role
  trustLevel
  email
  createdAt
  standing {
    ...AdminStandingBadges
    flagsGiven
    flagsGivenAgreed
    flagsGivenDisagreed
    flagsReceived
    flagsReceivedAgreed
    postCount
    topicsEntered
    postsRead
    readMinutes
    daysVisited
    lastVisitOn
    moderatorCategories {
      id
      name
      color
    }
  }
}
fragment AdminStandingBadges on MemberStanding {
  membership
  suspendedUntil
  silencedUntil
}`) as unknown as TypedDocumentString<AdminSetUserRoleMutation, AdminSetUserRoleMutationVariables>;
export const AdminSilenceUserDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminSilenceUser($input: RestrictUserInput!) {
  silenceUser(input: $input) {
    ...AdminSanction
  }
}
    fragment AdminSanction on Sanction {
  id
  kind
  reason
  endsAt
  liftedAt
  createdAt
}`) as unknown as TypedDocumentString<AdminSilenceUserMutation, AdminSilenceUserMutationVariables>;
export const AdminSuspendUserDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminSuspendUser($input: RestrictUserInput!) {
  suspendUser(input: $input) {
    ...AdminSanction
  }
}
    fragment AdminSanction on Sanction {
  id
  kind
  reason
  endsAt
  liftedAt
  createdAt
}`) as unknown as TypedDocumentString<AdminSuspendUserMutation, AdminSuspendUserMutationVariables>;
export const AdminWarnUserDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminWarnUser($input: WarnUserInput!) {
  warnUser(input: $input) {
    ...AdminSanction
  }
}
    fragment AdminSanction on Sanction {
  id
  kind
  reason
  endsAt
  liftedAt
  createdAt
}`) as unknown as TypedDocumentString<AdminWarnUserMutation, AdminWarnUserMutationVariables>;
export const AdminApprovePostDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminApprovePost($itemId: ID!) {
  approvePost(itemId: $itemId) {
    id
    status
    resolution
  }
}
    `) as unknown as TypedDocumentString<AdminApprovePostMutation, AdminApprovePostMutationVariables>;
export const AdminModerationQueueDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminModerationQueue($status: QueueStatus!, $first: Int, $after: String) {
  moderationQueue(status: $status, first: $first, after: $after) {
    edges {
      node {
        ...AdminQueueItem
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment AdminStandingBadges on MemberStanding {
  membership
  suspendedUntil
  silencedUntil
}
fragment AdminQueueItem on ModerationItem {
  id
  kind
  targetType
  targetId
  categoryId
  status
  flagWeight
  flagCount
  resolution
  resolvedAt
  createdAt
  flags {
    id
    reason
    note
    weight
    status
    createdAt
    flagger {
      id
      handle
      displayName
    }
  }
  post {
    id
    postNumber
    bodyHtml
    createdAt
    author {
      id
      handle
      displayName
      role
    }
    topic {
      id
      title
    }
  }
  topic {
    id
    title
    author {
      id
      handle
      displayName
      role
    }
  }
  user {
    id
    handle
    displayName
    role
    standing {
      ...AdminStandingBadges
    }
  }
  joinRequest {
    handle
    displayName
    email
    message
    status
    createdAt
  }
}`) as unknown as TypedDocumentString<AdminModerationQueueQuery, AdminModerationQueueQueryVariables>;
export const AdminRejectPostDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminRejectPost($itemId: ID!, $reason: String) {
  rejectPost(itemId: $itemId, reason: $reason) {
    id
    status
    resolution
  }
}
    `) as unknown as TypedDocumentString<AdminRejectPostMutation, AdminRejectPostMutationVariables>;
export const AdminResolveFlagsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminResolveFlags($input: ResolveFlagsInput!) {
  resolveFlags(input: $input) {
    id
    status
    resolution
  }
}
    `) as unknown as TypedDocumentString<AdminResolveFlagsMutation, AdminResolveFlagsMutationVariables>;
export const AdminMarkReviewedDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminMarkReviewed($postId: ID!) {
  markReviewed(postId: $postId) {
    reviewedUpTo
    postId
  }
}
    `) as unknown as TypedDocumentString<AdminMarkReviewedMutation, AdminMarkReviewedMutationVariables>;
export const AdminReviewReplyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminReviewReply($input: CreatePostInput!) {
  createPost(input: $input) {
    id
    postNumber
  }
}
    `) as unknown as TypedDocumentString<AdminReviewReplyMutation, AdminReviewReplyMutationVariables>;
export const AdminReviewHidePostDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminReviewHidePost($postId: ID!, $reason: String!) {
  hidePost(postId: $postId, reason: $reason) {
    id
    hiddenReason
  }
}
    `) as unknown as TypedDocumentString<AdminReviewHidePostMutation, AdminReviewHidePostMutationVariables>;
export const AdminReviewSendToQueueDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminReviewSendToQueue($postId: ID!, $reason: String!) {
  sendToQueue(postId: $postId, reason: $reason) {
    itemId
  }
}
    `) as unknown as TypedDocumentString<AdminReviewSendToQueueMutation, AdminReviewSendToQueueMutationVariables>;
export const AdminReviewSendToInboxDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminReviewSendToInbox($topicId: ID!) {
  sendToInbox(topicId: $topicId) {
    topicId
  }
}
    `) as unknown as TypedDocumentString<AdminReviewSendToInboxMutation, AdminReviewSendToInboxMutationVariables>;
export const AdminReviewFeedDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminReviewFeed($first: Int, $after: String) {
  reviewFeed(first: $first, after: $after) {
    edges {
      node {
        ...AdminReviewItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AdminReviewItem on ReviewItem {
  postId
  opensTopic
  createdAt
  topic {
    id
    title
    categoryId
    category {
      id
      name
    }
  }
  post {
    id
    postNumber
    bodyHtml
    createdAt
    hiddenReason
    awaitingApproval
    voice
    author {
      id
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<AdminReviewFeedQuery, AdminReviewFeedQueryVariables>;
export const AdminReviewSummaryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminReviewSummary {
  reviewSummary {
    left
    capped
    startsAfter
    mine {
      reviewedUpTo
      postId
    }
    others {
      reviewedUpTo
      updatedAt
      user {
        id
        handle
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminReviewSummaryQuery, AdminReviewSummaryQueryVariables>;
export const AdminMyScopeDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminMyScope {
  me {
    id
    standing {
      moderatorCategories {
        id
        name
        color
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMyScopeQuery, AdminMyScopeQueryVariables>;
export const AdminModerationSummaryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminModerationSummary {
  moderationSummary {
    openCount
    oldestOpenAt
  }
}
    `) as unknown as TypedDocumentString<AdminModerationSummaryQuery, AdminModerationSummaryQueryVariables>;
export const AdminCommunitySettingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminCommunitySettings {
  communitySettings {
    ...AdminCommunitySettings
  }
}
    fragment AdminCommunitySettings on CommunitySettings {
  accessMode
  requireGuidelines
  trustSettingsJson
  flagHideThreshold
  flagHideThresholdIsDefault
}`) as unknown as TypedDocumentString<AdminCommunitySettingsQuery, AdminCommunitySettingsQueryVariables>;
export const AdminRecomputeTrustLevelsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminRecomputeTrustLevels {
  recomputeTrustLevels
}
    `) as unknown as TypedDocumentString<AdminRecomputeTrustLevelsMutation, AdminRecomputeTrustLevelsMutationVariables>;
export const AdminUpdateCommunitySettingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminUpdateCommunitySettings($input: UpdateCommunitySettingsInput!) {
  updateCommunitySettings(input: $input) {
    ...AdminCommunitySettings
  }
}
    fragment AdminCommunitySettings on CommunitySettings {
  accessMode
  requireGuidelines
  trustSettingsJson
  flagHideThreshold
  flagHideThresholdIsDefault
}`) as unknown as TypedDocumentString<AdminUpdateCommunitySettingsMutation, AdminUpdateCommunitySettingsMutationVariables>;
export const AdminCreateWatchedWordDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminCreateWatchedWord($word: String!, $action: WatchedWordAction!) {
  createWatchedWord(word: $word, action: $action) {
    ...AdminWatchedWord
  }
}
    fragment AdminWatchedWord on WatchedWord {
  id
  word
  action
  createdAt
}`) as unknown as TypedDocumentString<AdminCreateWatchedWordMutation, AdminCreateWatchedWordMutationVariables>;
export const AdminDeleteWatchedWordDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation AdminDeleteWatchedWord($id: ID!) {
  deleteWatchedWord(id: $id)
}
    `) as unknown as TypedDocumentString<AdminDeleteWatchedWordMutation, AdminDeleteWatchedWordMutationVariables>;
export const AdminWatchedWordsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminWatchedWords {
  watchedWords {
    ...AdminWatchedWord
  }
}
    fragment AdminWatchedWord on WatchedWord {
  id
  word
  action
  createdAt
}`) as unknown as TypedDocumentString<AdminWatchedWordsQuery, AdminWatchedWordsQueryVariables>;
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