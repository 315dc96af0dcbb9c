/** The icon names KERN ships as `kern-icon--<name>` masks. */
export type IconName =
  | 'account-circle'
  | 'add'
  | 'arrow-back'
  | 'arrow-forward'
  | 'check'
  | 'chevron-left'
  | 'chevron-right'
  | 'close'
  | 'danger'
  | 'dehaze'
  | 'delete'
  | 'download'
  | 'edit'
  | 'home'
  | 'info'
  | 'language'
  | 'logout'
  | 'mail'
  | 'open-in-new'
  | 'search'
  | 'success'
  | 'warning'
  | 'arrow-down'
  | 'arrow-up'
  | 'drive-folder-upload';

export function Icon({ name, size }: { name: IconName; size?: 'small' | 'large' }) {
  const sizeClass = size ? ` kern-icon--${size}` : '';
  return <span className={`kern-icon kern-icon--${name}${sizeClass}`} aria-hidden="true" />;
}
