import { DownloadLink } from '../ui/DownloadLink';

/** The matrix as an ATT&CK Navigator layer: to download, and to open in MITRE's Navigator when we have a public URL. */
export function LayerLinks({ layerHref, openHref }: { layerHref: string; openHref: string | null }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <DownloadLink href={layerHref} download="tripline-layer.json" testId="download-layer">
        Navigator layer
      </DownloadLink>
      {openHref ? (
        <a
          href={openHref}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="open-in-navigator"
          className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 hover:underline"
        >
          Open in Navigator ↗
        </a>
      ) : null}
    </div>
  );
}
