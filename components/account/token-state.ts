// What the token forms' server actions answer (a 'use server' file exports only async functions).
export type CreateTokenState =
  | { status: 'idle' }
  | { status: 'error'; message: string }
  | { status: 'created'; name: string; token: string };

export type RevokeTokenState = { status: 'idle' } | { status: 'revoked' } | { status: 'error'; message: string };
