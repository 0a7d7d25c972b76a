import { absolute } from '../public-url';
import { urls } from '../urls';

const NAVIGATOR = 'https://mitre-attack.github.io/attack-navigator/';

/**
 * MITRE's hosted Navigator opening our layer. It fetches the layer from the browser, so only a portal with a public
 * address (TRIPLINE_URL) can be opened there: null without one.
 */
export function openInNavigatorUrl(base: string | null, params?: URLSearchParams): string | null {
  if (!base) return null;
  return `${NAVIGATOR}#layerURL=${encodeURIComponent(absolute(urls.api.navigatorLayer(params), base))}`;
}
