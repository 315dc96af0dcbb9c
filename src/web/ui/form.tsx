import type { FormEvent, ReactNode, Ref } from 'react';
import { Button, type ButtonVariant } from './button.tsx';
import { ErrorSummary } from './error-summary.tsx';
import type { IconName } from './icon.tsx';
import { ProblemAlert } from './problem.tsx';
import type { FieldChecks, FormErrors } from './use-form-errors.ts';

interface FormProps {
  /** The form's field errors; without it the form has no error summary and no checks. */
  form?: FormErrors;
  /** Checks the input before sending; a field with a message stops the submit. */
  check?: () => FieldChecks;
  /** Sends the form, once the checks pass and while nothing is being sent. */
  onValid: () => void;
  busy: boolean;
  /** A failed request, shown as an alert unless the form already shows its problems at the fields. */
  error?: unknown;
  /** Shown in place of the alert for `error`, for forms that tell more about what went wrong. */
  alert?: ReactNode;
  submit: ReactNode;
  submitVariant?: ButtonVariant;
  submitIcon?: IconName;
  submitRef?: Ref<HTMLButtonElement>;
  children: ReactNode;
}

/**
 * A KERN form with its error summary, the alert for a failed request, its fields and the submit
 * button. Browser validation is off: the checks and the server speak, in the page's language.
 */
export function Form({
  form,
  check,
  onValid,
  busy,
  error,
  alert,
  submit,
  submitVariant,
  submitIcon,
  submitRef,
  children,
}: FormProps) {
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (form && !form.check(check?.() ?? {})) return;
    onValid();
  }
  return (
    <>
      {form ? <ErrorSummary errors={form.summary} revision={form.revision} /> : null}
      {alert ?? <ProblemAlert error={form?.hasErrors ? null : error} />}
      <form className="form-stack" noValidate onSubmit={onSubmit}>
        {children}
        <div className="kern-btn-wrapper">
          <Button ref={submitRef} type="submit" variant={submitVariant} icon={submitIcon} busy={busy}>
            {submit}
          </Button>
        </div>
      </form>
    </>
  );
}
