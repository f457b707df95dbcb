import { Badge, Button, Chip, Group, PasswordInput, Select, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ROLES, ROLE_LABELS } from '../../electron/api/common/schemas/common';
import type { User } from '../../electron/api/common/schemas/users';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { cabinetKeys } from '../api/query-keys';
import { EditConflictPanel } from '../ui/EditConflictPanel';
import { conflictOf, ErrorAlert, fieldError } from '../ui/errors';
import { RowEditorButtons, RowError, useRowEditor } from '../ui/RowEditorActions';
import { useDraft } from '../ui/use-draft';
import { draftOf, NEW_USER, USER_LABELS, type Draft } from './user-draft';
import { practitionerChoices } from '../patients/practitioner-choices';

function UserEditor({ initial, onClose }: { initial: User | null; onClose: () => void }) {
  const practitioners = useApiQuery('practice.listPractitioners', {});
  const { draft, set, dirty, base, reset } = useDraft<Draft>(initial ? draftOf(initial) : NEW_USER);
  // The version the edit started from (issue 14): another administrator's save is not overwritten.
  const [baseVersion, setBaseVersion] = useState(initial?.version ?? 0);
  const create = useApiMutation('users.create', [cabinetKeys.users()]);
  const update = useApiMutation('users.update', [cabinetKeys.users()]);
  const resetPassword = useApiMutation('auth.resetPassword');
  const error = create.error ?? update.error ?? resetPassword.error;
  const conflict = conflictOf(update.error);

  const done = () => {
    notifications.show({ message: `Compte « ${draft.displayName} » enregistré.`, color: 'teal' });
    onClose();
  };
  const save = (values: Draft = draft, version = baseVersion) => {
    const { login, displayName, password, roles, practitionerId, active } = values;
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
  };
  const { confirmingDiscard, discard, keys } = useRowEditor({ dirty, save: () => save(), close: onClose });
  const practitionerOptions = practitionerChoices(practitioners.data);

  return (
    <>
      <Table.Tr data-testid="user-editor">
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
        <Table.Td>
          {initial && (
            <Switch
              aria-label="Actif"
              checked={draft.active}
              onChange={(e) => {
                set('active', e.currentTarget.checked);
              }}
            />
          )}
        </Table.Td>
        <Table.Td>
          <RowEditorButtons
            onSave={() => save()}
            onDiscard={discard}
            confirmingDiscard={confirmingDiscard}
            saving={create.isPending || update.isPending || resetPassword.isPending}
          />
        </Table.Td>
      </Table.Tr>
      <RowError error={error} columns={7}>
        {conflict && (
          <EditConflictPanel
            title="Deux versions de ce compte"
            conflict={conflict}
            base={base}
            mine={draft}
            labelOf={(key) => USER_LABELS[key] ?? key}
            onSaveMerged={(merged) => {
              save({ ...draftOf(merged as User), password: draft.password }, conflict.version);
            }}
            onTakeTheirs={() => {
              reset(draftOf(conflict.current as User));
              setBaseVersion(conflict.version);
              update.reset();
            }}
          />
        )}
      </RowError>
    </>
  );
}

export function UsersPanel() {
  const query = useApiQuery('users.list', {});
  const practitioners = useApiQuery('practice.listPractitioners', {});
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const practitionerName = (id: number | null) => {
    const found = practitioners.data?.find((p) => p.id === id);
    return found ? `${found.title} ${found.firstName} ${found.lastName}` : '';
  };

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          Chaque personne a son compte. Les rôles décident de ce qu’elle peut faire ; le serveur l’applique.
        </Text>
        <Button
          size="xs"
          onClick={() => {
            setEditing('new');
          }}
          disabled={editing !== null}
        >
          Créer un compte
        </Button>
      </Group>
      <ErrorAlert error={query.error} />
      <Table striped highlightOnHover verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Identifiant</Table.Th>
            <Table.Th>Nom affiché</Table.Th>
            <Table.Th>Rôles</Table.Th>
            <Table.Th>Praticien lié</Table.Th>
            <Table.Th>Mot de passe</Table.Th>
            <Table.Th w={80}>Actif</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {editing === 'new' && (
            <UserEditor
              initial={null}
              onClose={() => {
                setEditing(null);
              }}
            />
          )}
          {(query.data ?? []).map((user) =>
            editing === user.id ? (
              <UserEditor
                key={user.id}
                initial={user}
                onClose={() => {
                  setEditing(null);
                }}
              />
            ) : (
              <Table.Tr key={user.id} c={user.active ? undefined : 'dimmed'}>
                <Table.Td>{user.login}</Table.Td>
                <Table.Td>{user.displayName}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {user.roles.map((role) => (
                      <Badge key={role} size="xs" variant="light">
                        {ROLE_LABELS[role]}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{practitionerName(user.practitionerId)}</Table.Td>
                <Table.Td>••••••••</Table.Td>
                <Table.Td>
                  {user.active ? (
                    <Badge size="xs">actif</Badge>
                  ) : (
                    <Badge size="xs" color="gray">
                      inactif
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    disabled={editing !== null}
                    onClick={() => {
                      setEditing(user.id);
                    }}
                    aria-label={`Modifier ${user.login}`}
                  >
                    Modifier
                  </Button>
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </>
  );
}
