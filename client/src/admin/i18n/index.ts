import { i18n } from '../../i18n';

let loading: Promise<void> | null = null;

/**
 * Adds the staff panel's texts (both languages) to the app's catalogues under `admin`, once,
 * on the way into the staff area: they travel with the panel's code rather than in the bundle
 * every visitor downloads.
 */
export function loadAdminMessages(): Promise<void> {
  loading ??= import('./messages')
    .then(({ adminMessages }) => {
      for (const [locale, messages] of Object.entries(adminMessages)) {
        i18n.global.mergeLocaleMessage(locale, { admin: messages });
      }
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
