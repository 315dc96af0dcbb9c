import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { useHasPasskeys } from '../step-up.ts';
import { passkeyCancelled, passkeyStepUp, passkeysSupported } from './passkey-ceremony.ts';

/**
 * Confirms a sensitive action with a passkey instead of a typed code: the server answers a one-time proof,
 * which goes into the code field and travels like a code. Shown only to people with passkeys.
 */
export function PasskeyStepUpButton({ onProof }: { onProof: (proof: string) => void }) {
  const { t } = useTranslation();
  const hasPasskeys = useHasPasskeys();
  const confirm = useMutation({ mutationFn: passkeyStepUp, onSuccess: onProof });
  if (!hasPasskeys || !passkeysSupported()) return null;
  return (
    <div className="form-stack">
      <div className="kern-btn-wrapper">
        <Button type="button" variant="secondary" busy={confirm.isPending} onClick={() => confirm.mutate()}>
          {t('passkeys.stepUp.button')}
        </Button>
      </div>
      <div role="status">{confirm.isSuccess ? <p className="kern-body">{t('passkeys.stepUp.done')}</p> : null}</div>
      {confirm.isError && !passkeyCancelled(confirm.error) ? <ProblemAlert error={confirm.error} /> : null}
    </div>
  );
}
