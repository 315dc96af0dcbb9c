/** The KERN "Kopfzeile": the thin bar above the header that names the site's operator. */
export function Kopfzeile({ label }: { label: string }) {
  return (
    <div className="kern-kopfzeile">
      <div className="kern-container">
        <div className="kern-kopfzeile__content">
          <span className="kern-kopfzeile__flagge" aria-hidden="true">
            {/* biome-ignore lint/a11y/noSvgWithoutTitle: decorative flag; the label beside it says what the bar is */}
            <svg viewBox="0 0 24 16" width="24" height="16" focusable="false">
              <rect width="24" height="5.34" y="0" fill="#000" />
              <rect width="24" height="5.33" y="5.33" fill="#D00" />
              <rect width="24" height="5.34" y="10.66" fill="#FFCE00" />
            </svg>
          </span>
          <span className="kern-kopfzeile__label">{label}</span>
        </div>
      </div>
    </div>
  );
}
