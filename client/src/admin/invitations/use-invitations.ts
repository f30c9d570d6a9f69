import { shallowRef } from 'vue';
import {
  AdminCreateInvitationsDocument,
  AdminInvitationsDocument,
  type AdminCreateInvitationsMutation,
  type AdminInvitationsQuery,
} from '../generated/graphql';
import { request } from '../../lib/graphql';
import { toPage, usePaged } from '../../lib/use-paged';

export type Invitation = AdminInvitationsQuery['invitations']['edges'][number]['node'];
export type CreatedInvitation = AdminCreateInvitationsMutation['createInvitations'][number];

/** The sign-up link an invitation's token opens. */
export function inviteLink(token: string, origin: string = window.location.origin): string {
  return `${origin}/signup?invite=${encodeURIComponent(token)}`;
}

/** Splits what was typed or pasted into addresses: one per line, or separated by commas, semicolons or spaces. */
export function parseEmails(text: string): string[] {
  const seen = new Set<string>();
  const emails: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const email = part.trim().replace(/^<|>$/g, '');
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    emails.push(email);
  }
  return emails;
}

/**
 * Invitations: creating a batch (whose links are shown only now, since the server keeps no
 * readable token) and the list of those sent, newest first.
 */
export function useInvitations() {
  const list = usePaged<Invitation>(async (after) => toPage((await request(AdminInvitationsDocument, { first: 25, after })).invitations), (i) => i.id);
  /** The batch just created, with its one-time links. */
  const created = shallowRef<CreatedInvitation[] | null>(null);
  void list.reload();

  async function create(input: { emails: string[]; count: number; expiresInDays: number }): Promise<CreatedInvitation[]> {
    const { createInvitations } = await request(AdminCreateInvitationsDocument, { input });
    created.value = createInvitations;
    void list.reload();
    return createInvitations;
  }

  return { list, created, create, forget: () => (created.value = null) };
}
