import { nextTick, reactive, ref, shallowRef } from 'vue';
import type { FieldProblem } from '@townsquare/shared';
import { toApiError, type ApiError } from './graphql';

/**
 * Client-side checks of a form, one per field, run before anything is sent. Each returns the
 * reason the field is refused (a shared FieldProblem, or a server reason such as SAME_PASSWORD
 * that can be told in advance) or null.
 */
export type FieldRules<F extends string> = Record<F, () => FieldProblem | (string & {}) | null>;

/**
 * The state every form shares: a reason per field (checked here first, then as the server
 * reports it in `extensions.field`), one general error for everything else, and a submitting
 * flag that disables the submit button.
 */
export function useForm<F extends string>(rules: FieldRules<F>) {
  const fields = Object.keys(rules) as F[];
  const problems = reactive(Object.fromEntries(fields.map((f) => [f, null]))) as Record<F, string | null>;
  const formError = shallowRef<ApiError | null>(null);
  const submitting = ref(false);
  let attempted = false;
  let formElement: HTMLFormElement | null = null;

  function isField(name: string | null): name is F {
    return name !== null && (fields as string[]).includes(name);
  }

  async function focusFirstProblem(): Promise<void> {
    await nextTick();
    formElement?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** Re-checks one field as it is edited, once the person has tried to submit or it shows a problem. */
  function touch(field: F): void {
    if (attempted || problems[field]) problems[field] = rules[field]();
  }

  function reset(): void {
    attempted = false;
    formError.value = null;
    for (const f of fields) problems[f] = null;
  }

  /**
   * Checks every field, and when all pass runs `send`. An ApiError about one of this form's
   * fields is shown at that field; any other error in the general area. Resolves true on success.
   */
  async function submit(form: HTMLFormElement | null, send: () => Promise<void>): Promise<boolean> {
    if (submitting.value) return false;
    formElement = form;
    attempted = true;
    formError.value = null;
    let valid = true;
    for (const f of fields) {
      problems[f] = rules[f]();
      if (problems[f]) valid = false;
    }
    if (!valid) {
      await focusFirstProblem();
      return false;
    }
    submitting.value = true;
    try {
      await send();
      return true;
    } catch (e) {
      const error = toApiError(e);
      if (isField(error.field)) {
        problems[error.field] = error.reason ?? 'INVALID';
        await focusFirstProblem();
      } else {
        formError.value = error;
      }
      return false;
    } finally {
      submitting.value = false;
    }
  }

  return { problems, formError, submitting, submit, touch, reset };
}
