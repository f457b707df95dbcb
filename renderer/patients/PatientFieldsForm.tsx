import { Divider, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CHANNEL_LABELS, HAND_LABELS, type Doctor } from '../../electron/api/common/schemas/patients';
import { fieldError } from '../ui/errors';
import { DoctorPicker } from './DoctorPicker';
import type { PatientDraft } from './patient-draft';

type TextKey = { [K in keyof PatientDraft]: PatientDraft[K] extends string ? K : never }[keyof PatientDraft];

interface Props {
  draft: PatientDraft;
  set: <K extends keyof PatientDraft>(key: K, value: PatientDraft[K]) => void;
  error: unknown;
  readOnly?: boolean;
  initialGp?: Doctor | null;
  initialReferrer?: Doctor | null;
  onIdentityBlur?: () => void;
  /** The first field takes the cursor (a new file). */
  autoFocusFirst?: boolean;
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Identity (strict INS traits first), contact, doctors, work: one dense form, inline errors. */
export function PatientFieldsForm({
  draft,
  set,
  error,
  readOnly = false,
  initialGp = null,
  initialReferrer = null,
  onIdentityBlur,
  autoFocusFirst = false,
}: Props) {
  const [gp, setGp] = useState<Doctor | null>(initialGp);
  const [referrer, setReferrer] = useState<Doctor | null>(initialReferrer);
  const input = (
    key: TextKey,
    label: string,
    extra: { placeholder?: string; required?: boolean; onBlur?: () => void; autoFocus?: boolean } = {},
  ) => (
    <TextInput
      size="xs"
      label={label}
      value={draft[key]}
      readOnly={readOnly}
      onChange={(e) => {
        set(key, e.currentTarget.value);
      }}
      error={fieldError(error, key)}
      {...extra}
    />
  );

  return (
    <>
      <Divider label="Identité (traits stricts, comme sur la pièce d’identité)" labelPosition="left" />
      <SimpleGrid cols={4} spacing="xs" verticalSpacing={4}>
        {input('birthName', 'Nom de naissance', { required: true, onBlur: onIdentityBlur, autoFocus: autoFocusFirst })}
        {input('firstNames', 'Prénom(s) de naissance', { required: true, onBlur: onIdentityBlur })}
        {input('birthDate', 'Date de naissance', { placeholder: 'JJ/MM/AAAA', required: true, onBlur: onIdentityBlur })}
        <Select
          size="xs"
          label="Sexe"
          readOnly={readOnly}
          data={[
            { value: 'F', label: 'Féminin' },
            { value: 'M', label: 'Masculin' },
            { value: 'I', label: 'Indéterminé' },
          ]}
          value={draft.sex || null}
          placeholder="à choisir"
          allowDeselect={false}
          onChange={(value) => value && set('sex', value)}
          error={fieldError(error, 'sex')}
        />
        {input('birthplaceInsee', 'Lieu de naissance (code INSEE)', { placeholder: '23096' })}
        {input('nir', 'NIR', { placeholder: '15 caractères' })}
        {input('usedName', 'Nom utilisé')}
        {input('usedFirstName', 'Prénom utilisé')}
      </SimpleGrid>
      <Divider label="Contact" labelPosition="left" mt="xs" />
      <SimpleGrid cols={4} spacing="xs" verticalSpacing={4}>
        {input('phoneMobile', 'Téléphone portable')}
        {input('phoneOther', 'Autre téléphone')}
        {input('email', 'E-mail')}
        <Select
          size="xs"
          label="Moyen de contact préféré"
          readOnly={readOnly}
          data={options(CHANNEL_LABELS)}
          value={draft.preferredChannel}
          allowDeselect={false}
          onChange={(value) => value && set('preferredChannel', value as PatientDraft['preferredChannel'])}
        />
        {input('addressLine', 'Adresse')}
        {input('postalCode', 'Code postal')}
        {input('city', 'Ville')}
      </SimpleGrid>
      <Divider label="Médecins, travail, main" labelPosition="left" mt="xs" />
      <SimpleGrid cols={4} spacing="xs" verticalSpacing={4}>
        <DoctorPicker
          label="Médecin traitant"
          value={gp}
          readOnly={readOnly}
          error={fieldError(error, 'gpId')}
          onChange={(doctor) => {
            setGp(doctor);
            set('gpId', doctor?.id ?? null);
          }}
        />
        <DoctorPicker
          label="Médecin adresseur"
          value={referrer}
          readOnly={readOnly}
          error={fieldError(error, 'referrerId')}
          onChange={(doctor) => {
            setReferrer(doctor);
            set('referrerId', doctor?.id ?? null);
          }}
        />
        {input('occupation', 'Profession')}
        {input('employer', 'Employeur')}
        <Select
          size="xs"
          label="Main dominante"
          readOnly={readOnly}
          clearable
          placeholder="non renseignée"
          data={options(HAND_LABELS)}
          value={draft.dominantHand}
          onChange={(value) => {
            set('dominantHand', value as PatientDraft['dominantHand']);
          }}
        />
        <Switch
          size="xs"
          mt="lg"
          label="Accident du travail"
          disabled={readOnly}
          checked={draft.workAccident}
          onChange={(e) => {
            set('workAccident', e.currentTarget.checked);
          }}
        />
        {draft.workAccident && input('workAccidentDate', 'Date de l’accident', { placeholder: 'JJ/MM/AAAA' })}
        {draft.workAccident && input('workAccidentInsurer', 'Organisme (CPAM, MSA…)')}
        {draft.workAccident && input('workAccidentEmployer', 'Employeur au moment de l’AT')}
        {input('deceasedOn', 'Date de décès', { placeholder: 'JJ/MM/AAAA' })}
      </SimpleGrid>
    </>
  );
}
