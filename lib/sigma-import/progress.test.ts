import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { stderrProgress } from './progress';

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

describe('stderrProgress', () => {
  it('writes a line every 500 items, and the last, when the stream is not a terminal', () => {
    const stream = new PassThrough();
    const output = collect(stream);
    const progress = stderrProgress(stream);
    progress.start('validate', 1200);
    for (let i = 1; i <= 1200; i++) progress.update(i);
    progress.stop();
    progress.start('write', 450);
    for (const done of [200, 400, 450]) progress.update(done);
    progress.stop();
    expect(output()).toBe('validate: 500/1200\nvalidate: 1000/1200\nvalidate: 1200/1200\nwrite: 450/450\n');
  });

  it('draws a bar on a terminal', () => {
    const stream = Object.assign(new PassThrough(), {
      isTTY: true,
      columns: 100,
      cursorTo() {},
      clearLine() {},
      moveCursor() {},
    });
    const output = collect(stream);
    const progress = stderrProgress(stream);
    progress.start('validate', 10);
    progress.update(10);
    progress.stop();
    expect(output()).toContain('validate');
    expect(output()).toContain('10/10 100%');
  });
});
