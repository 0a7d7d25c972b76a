import { createHash } from 'node:crypto';
import type { AccountMenu } from '../auth/account-menu';

// What the public pages do in a browser, without React: they go out as documents (lib/http/document-response.ts),
// and every page, the React applications included, loads this one small script (app/document/[file]) for the three
// things that need a browser:
//   - the account menu: who is signed in is asked of the server (app/api/account/menu) and written into the
//     header's [data-account-menu] element, because every public page is one cached copy for everyone;
//   - copy buttons ([data-copy]): the text given, or the code of the panel the button sits in;
//   - answers as you type on the search page ([data-live-results] beside the #search-q field).
//
// It is sent as this function's own source, so it must hold everything it uses: no names from this module, no
// imports but types (erased before it runs). Without it (or before it runs) the pages still work: links, GET forms
// and the code to select by hand. Elements are built with textContent and setAttribute, never from HTML text.

export function documentScript(): void {
  const COPIED_FOR_MS = 2000;
  const DEBOUNCE_MS = 250;
  const SHOWN = 6;
  const link = 'whitespace-nowrap rounded-md px-2 py-1.5 text-slate-300 hover:bg-white/10 hover:text-white sm:px-2.5';

  function element(tag: string, attrs: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.append(...children);
    return el;
  }

  // -- The account menu ------------------------------------------------------------------------------------------
  function drawMenu(slot: HTMLElement, menu: AccountMenu): void {
    const { account } = menu;
    if (!account) {
      const here = location.pathname;
      const href = here === menu.signIn ? menu.signIn : `${menu.signIn}?next=${encodeURIComponent(here)}`;
      slot.replaceChildren(element('a', { href, class: link }, 'Sign in'));
      return;
    }
    // On a phone the header keeps sign-out only: the other links return from the small breakpoint up.
    const links = account.links.map((l) => element('a', { href: l.href, class: `${link} hidden sm:inline` }, l.label));
    const who = element(
      'a',
      {
        href: account.tokens,
        class: `${link} hidden max-w-64 truncate lg:inline`,
        title: 'Your account and API tokens',
        'data-testid': 'signed-in-as',
      },
      `${account.email} `,
      element('span', { class: 'text-slate-400' }, `(${account.role})`),
    );
    const signOut = element(
      'form',
      { method: 'post', action: account.signOut },
      element('button', { type: 'submit', class: `${link} cursor-pointer` }, 'Sign out'),
    );
    const menuEl = element('div', { class: 'flex items-center gap-1 text-sm', 'data-testid': 'account-menu' });
    menuEl.append(...links, who, signOut);
    slot.replaceChildren(menuEl);
  }

  const slot = document.querySelector<HTMLElement>('[data-account-menu]');
  const menuUrl = slot?.dataset.accountMenu;
  if (slot && menuUrl) {
    fetch(menuUrl, { cache: 'no-store', credentials: 'same-origin' })
      .then((res) => (res.ok ? (res.json() as Promise<AccountMenu>) : null))
      .then((menu) => {
        if (menu) drawMenu(slot, menu);
      })
      .catch(() => {
        // Offline, or the server is down: the header keeps its empty slot.
      });
  }

  // -- Copy buttons ----------------------------------------------------------------------------------------------
  // navigator.clipboard exists only in secure contexts (HTTPS, localhost) and can still be refused, e.g. when the
  // document lost focus; the old textarea route covers plain-HTTP intranet deployments.
  async function copyText(text: string): Promise<boolean> {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        // Fall through to the textarea route.
      }
    }
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const textarea = element('textarea', { readonly: '', 'aria-hidden': 'true' }) as HTMLTextAreaElement;
    textarea.value = text;
    // Off to the side rather than display:none, which cannot be selected.
    Object.assign(textarea.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
    document.body.append(textarea);
    textarea.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      textarea.remove();
      // Selecting moved focus into the textarea; give it back so keyboard users stay on the button.
      focused?.focus();
    }
  }

  const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const text =
      button.dataset.copy || button.closest('[data-testid="code-block"]')?.querySelector('code')?.textContent;
    if (!text || !(await copyText(text))) return;
    const label = button.querySelector('[data-copy-label]');
    const status = button.parentElement?.querySelector('[role="status"]');
    button.dataset.copied = 'true';
    if (label) label.textContent = 'Copied';
    if (status) status.textContent = 'Copied to clipboard';
    clearTimeout(timers.get(button));
    timers.set(
      button,
      setTimeout(() => {
        delete button.dataset.copied;
        if (label) label.textContent = 'Copy';
        if (status) status.textContent = '';
      }, COPIED_FOR_MS),
    );
  });

  // -- Answers as you type ---------------------------------------------------------------------------------------
  interface Answer {
    title: string;
    summary: string;
    links: { html: string };
  }
  const live = document.querySelector<HTMLElement>('[data-live-results]');
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  if (live && input) {
    const asked = live.dataset.q ?? '';
    const api = live.dataset.liveResults ?? '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: AbortController | null = null;
    const show = (q: string, total: number, items: Answer[]) => {
      const list = element('ul', { class: 'mt-1 divide-y divide-slate-100' });
      for (const item of items) {
        list.append(
          element(
            'li',
            { class: 'py-1.5' },
            element(
              'a',
              { href: item.links.html, class: 'text-sm font-medium text-brand-700 hover:underline' },
              item.title,
            ),
            element('p', { class: 'truncate text-xs text-slate-500' }, item.summary),
          ),
        );
      }
      const noun = `detection${total === 1 ? '' : 's'}`;
      live.replaceChildren(
        element(
          'section',
          {
            'aria-live': 'polite',
            'aria-label': 'Answers as you type',
            'data-testid': 'live-results',
            class: 'mt-2 rounded-xl border border-slate-200 bg-white p-3 shadow-sm',
          },
          element(
            'p',
            { class: 'text-xs text-slate-500' },
            `${total} ${noun} for “${q}”; press Enter for all of them.`,
          ),
          list,
        ),
      );
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        pending?.abort();
        if (!q || q === asked) {
          live.replaceChildren();
          return;
        }
        const controller = new AbortController();
        pending = controller;
        const params = new URLSearchParams(live.dataset.params ?? '');
        params.set('q', q);
        params.set('pageSize', String(SHOWN));
        try {
          const res = await fetch(`${api}?${params}`, { signal: controller.signal });
          if (!res.ok) return;
          const body = (await res.json()) as { data: Answer[]; total: number };
          show(q, body.total, body.data);
        } catch {
          // Aborted by the next keystroke, or offline: the form still searches.
        }
      }, DEBOUNCE_MS);
    });
  }
}

/** The script as served: the function above, called. */
export const DOCUMENT_SCRIPT = `(${documentScript.toString()})();\n`;

/**
 * Changes whenever the script does, so browsers may keep each version for good. In a build, the hash of this file
 * (next.config.ts); outside one (tests, scripts), the hash of the text above.
 */
export const DOCUMENT_SCRIPT_VERSION =
  process.env.TRIPLINE_DOCUMENT_SCRIPT_VERSION ||
  createHash('sha256').update(DOCUMENT_SCRIPT).digest('hex').slice(0, 12);
