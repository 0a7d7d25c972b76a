const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * The same markup Shiki emits (pre.shiki > code > span.line), without colours, so the code block's
 * line numbers and scrolling work the same when highlighting is unavailable.
 */
export function plainHtml(code: string): string {
  const lines = code.split(/\r\n|\r|\n/).map((line) => `<span class="line">${escapeHtml(line)}</span>`);
  return `<pre class="shiki" tabindex="0"><code>${lines.join('\n')}</code></pre>`;
}
