/** A moment as people read it in a table, in UTC so every reader and test sees the same: 2026-12-02 08:41 UTC. */
export function formatWhen(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
