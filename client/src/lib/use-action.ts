import { computed, ref, shallowRef } from 'vue';
import { useErrorText } from './error-text';
import { toApiError, type ApiError } from './graphql';
import { toast } from './toasts';

export interface ActionOptions {
  /** Tells a failure in an error toast (the default), or leaves it to `error` for the page to show. */
  toastErrors?: boolean;
  /** The sentence for a failure; the app's error mapping unless a part has its own (the staff panel's). */
  errorMessage?: (error: ApiError) => string;
  /** Hears every failure before it is told (to note a refusal, say). */
  onError?: (error: unknown) => void;
}

/**
 * Actions started from buttons: one at a time, the key of the one running (so its button can show
 * a spinner while the others wait), its failure as an ApiError and, when asked, a toast for
 * success or failure. `run` answers whether the action went through.
 */
export function useAction(options: ActionOptions = {}) {
  const toastErrors = options.toastErrors ?? true;
  const errorMessage = options.errorMessage ?? (toastErrors ? useErrorText().errorMessage : null);
  const running = ref<string | null>(null);
  const error = shallowRef<ApiError | null>(null);

  async function run(key: string, work: () => Promise<unknown>, done?: string): Promise<boolean> {
    if (running.value) return false;
    running.value = key;
    error.value = null;
    try {
      await work();
      if (done) toast(done, 'success');
      return true;
    } catch (e) {
      options.onError?.(e);
      error.value = toApiError(e);
      if (toastErrors && errorMessage) toast(errorMessage(error.value), 'error');
      return false;
    } finally {
      running.value = null;
    }
  }

  return {
    /** The key of the action running, null when none is. */
    running,
    /** Whether any action is running. */
    busy: computed(() => running.value !== null),
    /** The last action's failure, cleared when the next one starts. */
    error,
    run,
  };
}
