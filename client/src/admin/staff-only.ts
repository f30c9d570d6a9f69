import type { Notice } from '../lib/notices';

/** The notice shown where someone who is not staff lands after being turned away from /admin. */
export function staffOnlyNotice(signedIn: boolean): Omit<Notice, 'id' | 'survives'> {
  return signedIn
    ? { key: 'notices.staffOnly', tone: 'warning', testid: 'staff-only-notice' }
    : {
        key: 'notices.staffOnlyGuest',
        tone: 'warning',
        testid: 'staff-only-notice',
        action: { key: 'notices.signInAction', to: { path: '/signin', query: { redirect: '/admin' } } },
      };
}
