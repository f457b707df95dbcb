import { Badge, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiQuery } from '../api/hooks';
import { bornWord, frDate, patientNameWithBirthName } from '../../electron/api/common/french';
import { joinParts } from '../ui/join-parts';
import { homonymsIn, isHomonym } from '../ui/PatientLabel';
import { usePhysicalHotkeys } from '../ui/physical-hotkeys';

/** Always at hand in the header (Ctrl+K): type a name, a birth date, a phone or a NIR. */
export function PatientSearch() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 120);
  const input = useRef<HTMLInputElement>(null);
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
    },
  });
  const results = useApiQuery(
    'patients.search',
    { query: debounced, limit: 15 },
    { enabled: debounced.trim().length > 0, staleTime: 5_000 },
  );
  usePhysicalHotkeys([['mod+K', () => input.current?.focus()]], []);

  // Names borne by more than one result: marked, and Entrée asks which one.
  const homonyms = homonymsIn(
    (results.data ?? []).map((patient) => ({ patientId: patient.id, patientName: patientNameWithBirthName(patient) })),
  );
  const [askWhich, setAskWhich] = useState(false);
  const open = (id: string) => {
    setAskWhich(false);
    combobox.closeDropdown();
    setQuery('');
    void navigate(`/patients/${id}`);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={open} width={560} position="bottom-start">
      <Combobox.Target>
        <TextInput
          ref={input}
          size="xs"
          w="100%"
          placeholder="Patient : nom, date de naissance, téléphone, NIR (Ctrl+K)"
          aria-label="Rechercher un patient"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setAskWhich(false);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => {
            combobox.openDropdown();
          }}
          onBlur={() => {
            combobox.closeDropdown();
          }}
          // Announced as what it is: a combobox whose list appears as one types.
          role="combobox"
          aria-autocomplete="list"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setQuery('');
            // Enter with nothing highlighted opens the first result (the only one, often: issue 10),
            // but never one of several people bearing the same name (issue 22): it asks which.
            const first = results.data?.[0];
            if (event.key === 'Enter' && combobox.getSelectedOptionIndex() < 0 && first) {
              event.preventDefault();
              if (isHomonym(homonyms, patientNameWithBirthName(first))) {
                setAskWhich(true);
                combobox.openDropdown();
                // After this key is handled: highlighted now, the combobox would open it at once.
                setTimeout(() => combobox.selectFirstOption(), 0);
                return;
              }
              open(String(first.id));
            }
          }}
          rightSection={results.isFetching ? <Loader size={12} /> : null}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={debounced.trim().length === 0}>
        <Combobox.Options mah={420} style={{ overflowY: 'auto' }}>
          {(results.data ?? []).map((patient) => (
            <Combobox.Option value={String(patient.id)} key={patient.id} className="paume-search-option">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600}>
                  {patientNameWithBirthName(patient)}
                  {isHomonym(homonyms, patientNameWithBirthName(patient)) && (
                    <Badge size="xs" color="orange" variant="light" ml={6}>
                      homonyme
                    </Badge>
                  )}
                </Text>
                <Text size="xs" className="paume-search-detail">
                  {joinParts(
                    `${bornWord(patient.sex)} le ${frDate(patient.birthDate)}`,
                    `${patient.age} ans`,
                    patient.city,
                    patient.lastVisit ? `vu le ${frDate(patient.lastVisit)}` : 'jamais vu',
                  )}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
          {results.data?.length === 0 && <Combobox.Empty>Aucun patient trouvé.</Combobox.Empty>}
        </Combobox.Options>
        <Combobox.Footer>
          {askWhich && (
            <Text size="xs" c="orange.8" fw={600} data-testid="search-ask-which">
              Plusieurs personnes portent ce nom : vérifiez la date de naissance, choisissez avec ↑↓ puis Entrée.
            </Text>
          )}
          <Text size="xs" c="dimmed">
            ↑↓ pour choisir, Entrée pour ouvrir · Alt+P : nouveau patient
          </Text>
        </Combobox.Footer>
      </Combobox.Dropdown>
    </Combobox>
  );
}
