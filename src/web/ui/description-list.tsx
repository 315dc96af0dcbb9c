import type { ReactNode } from 'react';

export function DescriptionList({ items }: { items: Array<{ key: string; label: ReactNode; value: ReactNode }> }) {
  return (
    <dl className="kern-description-list">
      {items.map((item) => (
        <div className="kern-description-list-item" key={item.key}>
          <dt className="kern-description-list-item__key">{item.label}</dt>
          <dd className="kern-description-list-item__value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
