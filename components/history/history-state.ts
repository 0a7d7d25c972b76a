// What the restore form's server action answers when it does not move on to the new revision.
export type RestoreState = { status: 'idle' } | { status: 'error'; message: string };
export type RestoreAction = (prev: RestoreState, form: FormData) => Promise<RestoreState>;
