import { Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

/** The filter above a list of the protocol (rules, concepts), with the line that says how to write them. */
export function FilterWithHint({
  what,
  value,
  onChange,
  children,
}: {
  /** « règles », « concepts »: in the label and the placeholder. */
  what: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <Stack gap={4}>
      <TextInput
        size="xs"
        aria-label={`Filtrer les ${what}`}
        placeholder={`Filtrer les ${what} (mot, identifiant)`}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        w={320}
      />
      <Text size="xs" c="dimmed">
        {children}
      </Text>
    </Stack>
  );
}
