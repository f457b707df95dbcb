import { Badge, Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
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
  const input = useRef<HTMLInputElement>(null);
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
    },
  });
  // Asked at every key, no fixed wait (issue 25): the search answers in a few milliseconds, and
  // the request of an older key still in flight is abandoned; the last list stays shown meanwhile.
  const results = useApiQuery(
    'patients.search',
    { query, limit: 15 },
    { enabled: query.trim().length > 0, staleTime: 5_000, cancellable: true, placeholderData: keepPreviousData },
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

  // Enter with nothing highlighted opens the first result (the only one, often: issue 10), but
  // never one of several people bearing the same name (issue 22): it asks which.
  const openFirstOrAsk = () => {
    const first = results.data?.[0];
    if (!first) return;
    if (isHomonym(homonyms, patientNameWithBirthName(first))) {
      setAskWhich(true);
      combobox.openDropdown();
      // After this key is handled: highlighted now, the combobox would open it at once.
      setTimeout(() => combobox.selectFirstOption(), 0);
      return;
    }
    open(String(first.id));
  };
  // Entrée pressed while the list was the previous key's: acted on when this key's list arrives.
  const enterPending = useRef(false);
  const freshList = !results.isPlaceholderData && !results.isFetching;
  useEffect(() => {
    if (!enterPending.current || !freshList) return;
    enterPending.current = false;
    openFirstOrAsk();
  });

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
            enterPending.current = false;
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
            if (event.key !== 'Enter' || combobox.getSelectedOptionIndex() >= 0) return;
            // The list shown may still be the previous key's: Entrée then waits for this key's.
            if (results.isPlaceholderData || (results.isFetching && !results.data)) {
              event.preventDefault();
              enterPending.current = true;
              return;
            }
            if (results.data?.[0]) {
              event.preventDefault();
              openFirstOrAsk();
            }
          }}
          rightSection={results.isFetching ? <Loader size={12} /> : null}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={query.trim().length === 0}>
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
