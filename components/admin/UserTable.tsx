import type { ReactNode } from 'react';
import { formatWhen } from '@/components/ui/format-when';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  createdAt: Date;
}

/** Every account with its role and state; `controls` renders the changes an admin can make to one. */
export function UserTable({ users, controls }: { users: UserRow[]; controls: (u: UserRow) => ReactNode }) {
  return (
    <ul className="divide-y divide-slate-100" data-testid="user-list">
      {users.map((u) => (
        <li
          key={u.id}
          data-testid="user-row"
          data-email={u.email}
          className="flex flex-col gap-3 py-3 md:flex-row md:items-center md:justify-between"
        >
          <div className="min-w-0">
            <p className="truncate font-medium text-slate-900">{u.email}</p>
            <p className="text-xs text-slate-500">
              {u.name} · since {formatWhen(u.createdAt).slice(0, 10)} ·{' '}
              <span data-testid="user-role" className="font-medium text-slate-700">
                {u.role}
              </span>{' '}
              ·{' '}
              <span
                data-testid="user-state"
                className={u.disabled ? 'font-medium text-red-700' : 'font-medium text-emerald-700'}
              >
                {u.disabled ? 'disabled' : 'active'}
              </span>
            </p>
          </div>
          {controls(u)}
        </li>
      ))}
    </ul>
  );
}
