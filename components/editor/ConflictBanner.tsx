'use client';
// After a refused save (412): someone else saved first. The person's text is never dropped: they may load the newest
// version (theirs kept aside, with the fields that differ named) and put their own back, or save theirs over it.
interface Props {
  state: { loaded: false } | { loaded: true; changed: string[] };
  busy: boolean;
  onLoadTheirs: () => void;
  onPutMineBack: () => void;
  onSaveMine: () => void;
  onDismiss: () => void;
}

const button =
  'rounded-md border border-amber-300 bg-white px-2.5 py-1 text-sm font-medium text-amber-900 hover:bg-amber-100 disabled:opacity-50';

export function ConflictBanner({ state, busy, onLoadTheirs, onPutMineBack, onSaveMine, onDismiss }: Props) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
      data-testid="conflict"
    >
      <p className="font-semibold">Someone else saved this detection after you opened it.</p>
      {state.loaded ? (
        <p className="mt-1">
          Their version is now in the form
          {state.changed.length ? <> (it differs from yours in: {state.changed.join(', ')})</> : null}. Your text is
          kept aside: put it back to continue from it.
        </p>
      ) : (
        <p className="mt-1">Your changes were not saved, and nothing you typed is lost: it is still in the form.</p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {state.loaded ? (
          <button type="button" className={button} onClick={onPutMineBack} disabled={busy}>
            Put my text back
          </button>
        ) : (
          <button type="button" className={button} onClick={onLoadTheirs} disabled={busy}>
            Load their version (keep mine aside)
          </button>
        )}
        <button type="button" className={button} onClick={onSaveMine} disabled={busy}>
          Save my text over theirs
        </button>
        <button type="button" className={`${button} border-transparent bg-transparent`} onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
