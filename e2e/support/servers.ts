// For specs that need more than Playwright's one server: another `next start` of the same build on the same
// database (a second app instance), and requests from a chosen loopback address (a client of its own).
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';

export const MAIN_PORT = Number(process.env.E2E_PORT ?? 3100);

export interface Instance {
  port: number;
  stop(): Promise<void>;
}

/** `next start` of this build on `port` with `env` added, ready when it answers. */
export async function startInstance(port: number, env: Record<string, string> = {}): Promise<Instance> {
  const child: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`next start -p ${port} exited (${child.exitCode}): ${stderr}`);
    if ((await send({ port, path: '/api/v1/platforms' }).catch(() => null))?.status === 200) return { port, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`next start -p ${port} did not answer within 60 s: ${stderr}`);
}

export interface Sent {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body as it came, for binary answers (a zip). */
  bytes: Buffer;
}

/**
 * One request from `from` (any 127.0.0.0/8 address is this machine, so each is a client of its own).
 * Playwright's request fixture cannot choose where a request comes from.
 */
export function send({
  port = MAIN_PORT,
  path,
  from = '127.0.0.1',
  headers = {},
}: {
  port?: number;
  path: string;
  from?: string;
  headers?: Record<string, string>;
}): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, localAddress: from }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
      });
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** A loopback address no other test uses, so its rate-limit count starts at zero. */
export function freshClient(): string {
  return `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 256)}.${2 + Math.floor(Math.random() * 250)}`;
}

/**
 * Waits, if need be, until a fixed window of `seconds` (the rate limiter's windows start at multiples of it since
 * the epoch) has at least `needed` seconds left, so a burst of requests falls in one window.
 */
export async function atWindowStart(seconds: number, needed: number): Promise<void> {
  const ms = seconds * 1000;
  const left = ms - (Date.now() % ms);
  if (left < needed * 1000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
