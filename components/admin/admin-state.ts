// What the account forms' server actions answer.
export type AdminFormState =
  | { status: 'idle' }
  | { status: 'done'; message: string }
  | { status: 'error'; message: string };
export type AdminAction = (prev: AdminFormState, form: FormData) => Promise<AdminFormState>;
