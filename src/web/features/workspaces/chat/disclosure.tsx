import { type ReactNode, useId, useState } from 'react';
import { Button } from '../../../ui/button.tsx';
import type { IconName } from '../../../ui/icon.tsx';

/** A button that shows and hides a small form below it (aria-expanded says which). */
export function Disclosure({
  label,
  icon = 'add',
  children,
}: {
  label: string;
  icon?: IconName;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="disclosure">
      <Button
        variant="tertiary"
        small
        icon={icon}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </Button>
      <div id={id} className="disclosure__panel" hidden={!open}>
        {open ? children(() => setOpen(false)) : null}
      </div>
    </div>
  );
}
