// What the account forms' server actions answer.
export type AdminFormState =
  | { status: 'idle' }
  | { status: 'done'; message: string }
  /** `values`: what was typed (never the password), put back in the form after React resets it. */
  | { status: 'error'; message: string; values?: Record<string, string> };
export type AdminAction = (prev: AdminFormState, form: FormData) => Promise<AdminFormState>;
