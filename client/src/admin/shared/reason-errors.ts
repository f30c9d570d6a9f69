import type { ReasonDialogErrors } from '../../components/ReasonDialog.vue';
import ActionAlert from './ActionAlert.vue';
import { useAdminErrorText } from './admin-errors';

/** The staff panel's wording for a reason dialog (`<ReasonDialog :errors>`), with its refusals shown by ActionAlert. */
export function useAdminReasonErrors(): ReasonDialogErrors {
  return { ...useAdminErrorText(), alert: ActionAlert };
}
