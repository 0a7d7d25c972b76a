import type { Metadata } from 'next';
import { AddUserForm } from '@/components/admin/AddUserForm';
import { AdminNav } from '@/components/admin/AdminNav';
import { UserControls } from '@/components/admin/UserControls';
import { UserTable } from '@/components/admin/UserTable';
import { canAdminister, isRole } from '@/lib/auth/roles';
import { listUsers } from '@/lib/auth/users';
import { getDb } from '@/lib/db/client';
import { urls } from '@/lib/urls';
import { requireActor } from '../../_data/actor';
import { addUserAction, setDisabledAction, setRoleAction } from '../actions';

export const metadata: Metadata = { title: 'Accounts', robots: { index: false } };

export default async function AdminUsersPage() {
  await requireActor(urls.adminUsers(), canAdminister);
  const users = await listUsers(getDb());
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">Administration</h1>
      <AdminNav current="users" />
      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-1 text-[17px] font-semibold text-slate-900">Accounts</h2>
        <p className="mb-3 text-sm text-slate-600">
          Editors write and submit; reviewers also approve other people’s changes; admins also manage accounts. A
          disabled account cannot sign in, and its sessions and tokens stop at once.
        </p>
        <UserTable
          users={users}
          controls={(u) => (
            <UserControls
              id={u.id}
              email={u.email}
              role={isRole(u.role) ? u.role : 'editor'}
              disabled={u.disabled}
              setRole={setRoleAction}
              setDisabled={setDisabledAction}
            />
          )}
        />
      </section>
      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="mb-3 text-[17px] font-semibold text-slate-900">Add an account</h2>
        <AddUserForm action={addUserAction} />
      </section>
    </div>
  );
}
