import { Badge, Chip, Group, PasswordInput, Select, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ROLES, ROLE_LABELS } from '../../electron/api/common/schemas/common';
import type { User } from '../../electron/api/common/schemas/users';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { cabinetKeys } from '../api/query-keys';
import { ActiveBadge, EditableTable, type EditableColumn, type RowEditorSlot } from '../ui/EditableTable';
import { ActiveSwitchCell, EditorRow, useRowDraft } from '../ui/EditorRow';
import { fieldError } from '../ui/errors';
import { draftOf, NEW_USER, USER_LABELS, type Draft } from './user-draft';
import { practitionerChoices } from '../patients/practitioner-choices';

function UserEditor({ initial, slot }: { initial: User | null; slot: RowEditorSlot }) {
  const practitioners = useApiQuery('practice.listPractitioners', {});
  const create = useApiMutation('users.create', [cabinetKeys.users()]);
  const update = useApiMutation('users.update', [cabinetKeys.users()]);
  const resetPassword = useApiMutation('auth.resetPassword');
  const error = create.error ?? update.error ?? resetPassword.error;
  const row = useRowDraft<Draft>({
    initial: initial ? draftOf(initial) : NEW_USER,
    version: initial?.version ?? 0,
    close: slot.close,
    save: (values, version) => {
      const { login, displayName, password, roles, practitionerId, active } = values;
      const done = () => {
        notifications.show({ message: `Compte « ${displayName} » enregistré.`, color: 'teal' });
        slot.close();
      };
      if (!initial) {
        create.mutate({ login, displayName, password, roles, practitionerId }, { onSuccess: done });
        return;
      }
      update.mutate(
        { id: initial.id, displayName, roles, practitionerId, active, version },
        {
          onSuccess: () => {
            if (password) resetPassword.mutate({ id: initial.id, password }, { onSuccess: done });
            else done();
          },
        },
      );
    },
  });
  const { draft, set, keys } = row;
  const practitionerOptions = practitionerChoices(practitioners.data);

  return (
    <EditorRow
      testId="user-editor"
      row={row}
      span={slot.span}
      saving={create.isPending || update.isPending || resetPassword.isPending}
      error={error}
      conflict={{
        title: 'Deux versions de ce compte',
        labels: USER_LABELS,
        theirs: (saved) => draftOf(saved as User),
        // The new password typed is not part of the record: it stays what was typed.
        merged: (merged) => ({ ...draftOf(merged as User), password: draft.password }),
        onTaken: update.reset,
      }}
    >
      <Table.Td>
        {initial ? (
          <Text size="sm">{initial.login}</Text>
        ) : (
          <TextInput
            size="xs"
            aria-label="Identifiant"
            placeholder="Identifiant"
            value={draft.login}
            onChange={(e) => {
              set('login', e.currentTarget.value);
            }}
            onKeyDown={keys}
            error={fieldError(error, 'login')}
          />
        )}
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label="Nom affiché"
          placeholder="Nom affiché"
          value={draft.displayName}
          onChange={(e) => {
            set('displayName', e.currentTarget.value);
          }}
          onKeyDown={keys}
          error={fieldError(error, 'displayName')}
        />
      </Table.Td>
      <Table.Td>
        <Chip.Group
          multiple
          value={draft.roles}
          onChange={(value) => {
            set('roles', value);
          }}
        >
          <Group gap={4}>
            {ROLES.map((role) => (
              <Chip key={role} value={role} size="xs">
                {ROLE_LABELS[role]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {fieldError(error, 'roles') && (
          <Text size="xs" c="red">
            {fieldError(error, 'roles')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          aria-label="Praticien lié"
          placeholder="aucun"
          clearable
          data={practitionerOptions}
          value={draft.practitionerId === null ? null : String(draft.practitionerId)}
          onChange={(value) => {
            set('practitionerId', value ? Number(value) : null);
          }}
        />
      </Table.Td>
      <Table.Td>
        <PasswordInput
          size="xs"
          aria-label={initial ? 'Nouveau mot de passe' : 'Mot de passe'}
          placeholder={initial ? 'inchangé' : 'Mot de passe'}
          value={draft.password}
          onChange={(e) => {
            set('password', e.currentTarget.value);
          }}
          onKeyDown={keys}
          error={fieldError(error, 'password')}
        />
      </Table.Td>
      <ActiveSwitchCell
        shown={initial !== null}
        checked={draft.active}
        onChange={(checked) => set('active', checked)}
      />
    </EditorRow>
  );
}

export function UsersPanel() {
  const query = useApiQuery('users.list', {});
  const practitioners = useApiQuery('practice.listPractitioners', {});
  const practitionerName = (id: number | null) => {
    const found = practitioners.data?.find((p) => p.id === id);
    return found ? `${found.title} ${found.firstName} ${found.lastName}` : '';
  };
  const columns: readonly EditableColumn<User>[] = [
    { header: 'Identifiant', cell: (user) => user.login },
    { header: 'Nom affiché', cell: (user) => user.displayName },
    {
      header: 'Rôles',
      cell: (user) => (
        <Group gap={4}>
          {user.roles.map((role) => (
            <Badge key={role} size="xs" variant="light">
              {ROLE_LABELS[role]}
            </Badge>
          ))}
        </Group>
      ),
    },
    { header: 'Praticien lié', cell: (user) => practitionerName(user.practitionerId) },
    { header: 'Mot de passe', cell: () => '••••••••' },
    { header: 'Actif', width: 80, cell: (user) => <ActiveBadge active={user.active} /> },
  ];

  return (
    <EditableTable
      intro="Chaque personne a son compte. Les rôles décident de ce qu’elle peut faire ; le serveur l’applique."
      addLabel="Créer un compte"
      rows={query.data}
      error={query.error}
      columns={columns}
      editLabel={(user) => `Modifier ${user.login}`}
      editor={(initial, slot) => <UserEditor initial={initial} slot={slot} />}
    />
  );
}
