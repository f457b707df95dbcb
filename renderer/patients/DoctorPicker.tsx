import { Combobox, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Doctor } from '../../electron/api/common/schemas/patients';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { doctorKeys } from '../api/query-keys';

const nameOf = (doctor: Doctor) => `${doctor.title} ${doctor.firstName} ${doctor.lastName}`.replace(/\s+/g, ' ');

/**
 * Picks a GP or referrer from the practice's directory, or adds the typed name to it on the spot:
 * the directory grows as people are entered.
 */
export function DoctorPicker(props: {
  label: string;
  value: Doctor | null;
  onChange: (doctor: Doctor | null) => void;
  error?: string | undefined;
  readOnly?: boolean;
}) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState(false);
  const [debounced] = useDebouncedValue(query, 150);
  const combobox = useCombobox();
  const results = useApiQuery('doctors.search', { query: debounced }, { enabled: debounced.trim().length > 0 });
  // The directory's searches find the doctor just added.
  const create = useApiMutation('doctors.create', [doctorKeys.all]);

  const pick = async (value: string) => {
    if (value === '__new') {
      const [lastName = '', ...first] = query.trim().split(/\s+/).reverse();
      props.onChange(
        await create.mutateAsync({
          title: 'Dr',
          firstName: first.reverse().join(' '),
          lastName,
          specialty: '',
          city: '',
          phone: '',
          email: '',
        }),
      );
    } else {
      props.onChange(results.data?.find((doctor) => String(doctor.id) === value) ?? null);
    }
    setEditing(false);
    setQuery('');
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={(value) => void pick(value)}>
      <Combobox.Target>
        <TextInput
          size="xs"
          label={props.label}
          readOnly={props.readOnly}
          placeholder="Nom du médecin"
          value={editing ? query : props.value ? nameOf(props.value) : ''}
          error={props.error}
          onFocus={() => !props.readOnly && setEditing(true)}
          onBlur={() => {
            setEditing(false);
            combobox.closeDropdown();
          }}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            if (event.currentTarget.value === '') props.onChange(null);
            combobox.openDropdown();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!editing || query.trim() === ''}>
        <Combobox.Options>
          {(results.data ?? []).map((doctor) => (
            <Combobox.Option key={doctor.id} value={String(doctor.id)}>
              <Text size="sm">{nameOf(doctor)}</Text>
              <Text size="xs" c="dimmed">
                {[doctor.specialty, doctor.city].filter(Boolean).join(' · ')}
              </Text>
            </Combobox.Option>
          ))}
          <Combobox.Option value="__new">
            <Text size="sm" c="teal">
              Ajouter « {query.trim()} » à l’annuaire
            </Text>
          </Combobox.Option>
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
