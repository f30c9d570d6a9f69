import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An invitation as sign-up checks it. */
export interface RedeemableInvitationRow {
  id: string;
  email: string | null;
  expires_at: Date;
  used_at: Date | null;
}

/**
 * Membership's rows that sign-up writes in its own transaction: redeeming an invitation and asking
 * to join. Accounts uses this through SignUpMembershipModule, which depends on nothing, because
 * MembershipModule imports AccountsModule.
 */
@Injectable()
export class SignUpMembershipRepository {
  /** An invitation by its token's hash, locked until the transaction ends. */
  async lockInvitation(m: EntityManager, tokenHash: Buffer): Promise<RedeemableInvitationRow | null> {
    const [invitation]: RedeemableInvitationRow[] = await m.query(`SELECT id, email, expires_at, used_at FROM invitations WHERE token_hash = $1 FOR UPDATE`, [tokenHash]);
    return invitation ?? null;
  }

  /** Marks an invitation used by a new account. */
  async markInvitationUsed(m: EntityManager, invitationId: string, userId: string): Promise<void> {
    await m.query(`UPDATE invitations SET used_at = now(), used_by = $2 WHERE id = $1`, [invitationId, userId]);
  }

  /** A new account's request to join. */
  async insertJoinRequest(m: EntityManager, userId: string, message: string): Promise<void> {
    await m.query(`INSERT INTO join_requests (user_id, message) VALUES ($1, $2)`, [userId, message]);
  }
}
