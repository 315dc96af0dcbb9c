/** The Allmende sign: three organisations joined on common ground. Decorative; the name stands beside it. */
export function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="6" fill="var(--kern-color-action-default, #1A3DA5)" />
      <path d="M8 31h24" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
      <path d="M13 22l7-10 7 10" stroke="#fff" strokeWidth="2.5" fill="none" strokeLinejoin="round" />
      <circle cx="13" cy="22" r="3.5" fill="#fff" />
      <circle cx="20" cy="12" r="3.5" fill="#fff" />
      <circle cx="27" cy="22" r="3.5" fill="#fff" />
    </svg>
  );
}
