import { describe, expect, it } from 'vitest';
import { MAX_BUNDLES_AT_ONCE, releasingStream, takeBundleSlot } from './bundle-slots';

function source(chunks: number, cancelled: string[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i++ < chunks) controller.enqueue(new Uint8Array([i]));
      else controller.close();
    },
    cancel(reason) {
      cancelled.push(String(reason));
    },
  });
}

describe('takeBundleSlot', () => {
  it('gives out as many slots as bundles may run at once, and each back once', () => {
    const taken = Array.from({ length: MAX_BUNDLES_AT_ONCE }, () => takeBundleSlot());
    expect(taken.every((r) => r !== null)).toBe(true);
    expect(takeBundleSlot()).toBeNull();
    taken[0]?.();
    taken[0]?.();
    const again = takeBundleSlot();
    expect(again).not.toBeNull();
    expect(takeBundleSlot()).toBeNull();
    for (const release of [again, ...taken.slice(1)]) release?.();
  });
});

describe('releasingStream', () => {
  it('gives the slot back when the body ends', async () => {
    let released = 0;
    const body = releasingStream(source(3, []), () => released++);
    expect(new Uint8Array(await new Response(body).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(released).toBe(1);
  });

  it('ends a bundle whose reader stops asking, cancelling its source, and gives the slot back', async () => {
    let released = 0;
    const cancelled: string[] = [];
    const reader = releasingStream(source(100, cancelled), () => released++, 50).getReader();
    await reader.read();
    await new Promise((r) => setTimeout(r, 200));
    expect(released).toBe(1);
    expect(cancelled).toEqual(['idle']);
    await expect(reader.read()).rejects.toThrow(/took nothing for 0.05 s/);
  });

  it('gives the slot back when the client goes away', async () => {
    let released = 0;
    const cancelled: string[] = [];
    const reader = releasingStream(source(100, cancelled), () => released++).getReader();
    await reader.read();
    await reader.cancel('gone');
    expect(released).toBe(1);
    expect(cancelled).toEqual(['gone']);
  });
});
