import type { Contributions } from '../../../shared/contracts/account-deletion.ts';
import { RadioGroup } from '../../ui/radio-group.tsx';

/** Keep or delete what the person wrote: two radio buttons in a fieldset, each with its hint. */
export function ContributionsChoice({
  id,
  legend,
  value,
  onChange,
  labels,
}: {
  id: string;
  legend: string;
  value: Contributions;
  onChange: (value: Contributions) => void;
  labels: Record<Contributions, { label: string; hint?: string }>;
}) {
  return (
    <RadioGroup
      id={id}
      legend={legend}
      value={value}
      onChange={onChange}
      options={(['keep', 'delete'] as const).map((choice) => ({ value: choice, ...labels[choice] }))}
    />
  );
}
