// A tripwire crossing a beam: the mark is drawn here so the site needs no image request.
export function Logo() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" className="text-brand-500">
      <rect x="2" y="2" width="20" height="20" rx="5" fill="currentColor" opacity="0.18" />
      <path
        d="M4 15 L9 9 L13 14 L16 10 L20 15"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="16" cy="10" r="1.8" fill="#fff" />
    </svg>
  );
}
