import cliProgress from 'cli-progress';

/** Where an import reports how far it has got; the library never writes to the terminal itself. */
export interface Progress {
  start(phase: string, total: number): void;
  update(done: number): void;
  stop(): void;
}

export const NO_PROGRESS: Progress = { start() {}, update() {}, stop() {} };

const LINE_EVERY = 500;

export type ProgressStream = NodeJS.WritableStream & { isTTY?: boolean };

/**
 * A bar on a terminal; in a log (CI, a pipe) a bar is noise, so one line every 500 items instead. Always on
 * stderr, so `--json` output on stdout stays one clean document.
 */
export function stderrProgress(stream: ProgressStream = process.stderr): Progress {
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}

function barProgress(stream: ProgressStream): Progress {
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(phase, total) {
      bar?.stop();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${phase.padEnd(10)} [{bar}] {value}/{total} {percentage}% | {duration_formatted}`,
          hideCursor: true,
          clearOnComplete: false,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    update(done) {
      bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

function lineProgress(stream: ProgressStream): Progress {
  let phase = '';
  let total = 0;
  let nextLine = LINE_EVERY;
  return {
    start(name, count) {
      phase = name;
      total = count;
      nextLine = LINE_EVERY;
    },
    update(done) {
      if (done < nextLine && done !== total) return;
      stream.write(`${phase}: ${done}/${total}\n`);
      while (nextLine <= done) nextLine += LINE_EVERY;
    },
    stop() {},
  };
}
