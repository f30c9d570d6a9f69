import { useI18n } from 'vue-i18n';

/** Kinds of things the audit log records actions on. */
export const AUDIT_TARGET_TYPES = ['POST', 'TOPIC', 'USER', 'CATEGORY', 'WATCHED_WORD', 'QUEUE_ITEM', 'CONTEST', 'PRODUCT_AREA', 'SETTINGS'] as const;

/** Actions the server records, for the filter's suggestions; others still show, by their code. */
export const AUDIT_ACTIONS = [
  'FLAGS_AGREED',
  'FLAGS_DISAGREED',
  'FLAGS_IGNORED',
  'POST_HIDDEN',
  'POST_AUTO_HIDDEN',
  'POST_UNHIDDEN',
  'POST_DELETED',
  'POST_UNDELETED',
  'POST_SENT_TO_QUEUE',
  'POST_EDITED_BY_STAFF',
  'POST_APPROVED',
  'POST_REJECTED',
  'TOPIC_DELETED',
  'TOPIC_CLOSED',
  'TOPIC_MOVED',
  'TOPICS_MERGED',
  'TOPIC_SPLIT',
  'USER_WARNED',
  'USER_SILENCED',
  'USER_SUSPENDED',
  'SILENCE_LIFTED',
  'SUSPENSION_LIFTED',
  'ROLE_CHANGED',
  'MODERATOR_SCOPED',
  'TRUST_LEVEL_CHANGED',
  'LEADER_GRANTED',
  'LEADER_REVOKED',
  'MEMBER_REMOVED',
  'MEMBER_RESTORED',
  'JOIN_APPROVED',
  'JOIN_REJECTED',
  'INVITATIONS_CREATED',
  'GUIDELINES_PUBLISHED',
  'SETTINGS_CHANGED',
  'WATCHED_WORD_ADDED',
  'WATCHED_WORD_REMOVED',
] as const;

/** "USER_SUSPENDED" → "User suspended": for codes the catalogue does not know yet. */
function humanize(code: string): string {
  const words = code.toLowerCase().split('_').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Readable names of audit actions and target kinds, in the current language. */
export function useAuditLabels() {
  const { t, te } = useI18n();
  return {
    actionLabel: (action: string): string => (te(`admin.audit.actions.${action}`) ? t(`admin.audit.actions.${action}`) : humanize(action)),
    targetLabel: (type: string): string => (te(`admin.audit.targets.${type}`) ? t(`admin.audit.targets.${type}`) : humanize(type)),
  };
}

/** The before/after JSON of an entry, indented for reading; the raw text when it is not JSON. */
export function prettyState(json: string | null): string | null {
  if (json === null || json === '') return null;
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** The first characters of a long id, enough to tell entries apart at a glance. */
export function shortId(id: string): string {
  return id.length > 10 ? `${id.slice(0, 8)}…` : id;
}
