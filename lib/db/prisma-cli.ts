// Runs the project's Prisma CLI (node_modules/prisma) for scripts and tests. prisma.config.ts points it at
// our schema engine, so nothing here needs to know about the stand-in.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const prismaBin = path.join(projectRoot, 'node_modules', 'prisma', 'build', 'index.js');

export interface PrismaRun {
  code: number;
  output: string; // stdout and stderr interleaved, as a person would have seen them
  ms: number;
}

export interface PrismaOptions {
  env?: Record<string, string | undefined>;
  /** Stream to this process's stdout/stderr instead of capturing. */
  inherit?: boolean;
}

export function runPrisma(args: string[], options: PrismaOptions = {}): Promise<PrismaRun> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // The update check and telemetry would reach for hosts this machine cannot see.
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaBin, ...args], {
      cwd: projectRoot,
      env,
      stdio: options.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output, ms: Math.round(performance.now() - started) }));
  });
}
