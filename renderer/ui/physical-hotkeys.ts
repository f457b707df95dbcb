import { useHotkeys, type HotkeyItem } from '@mantine/hooks';

/**
 * Digits by the key as it stands on the keyboard, not the character it types
 * (`KeyboardEvent.code`): on a French AZERTY keyboard the digit row types & é " ' ( - è _ ç à
 * without Shift, so a shortcut written '3' must listen to Digit3. Letters keep the character they
 * type: « A » (archiver, prendre…) is the key labelled A on AZERTY, QWERTZ and QWERTY alike, which
 * its physical place (KeyQ on AZERTY) would not be.
 */
const DIGIT_AT_END = /(^|\+)\d$/;

export function physicalHotkey(hotkey: string): string {
  // A lone digit at the end ('3', 'alt+1') is the physical Digit key; Mantine compares 'digit3'.
  return hotkey.replace(/(^|\+)(\d)$/, (_match, plus: string, digit: string) => `${plus}Digit${digit}`);
}

/** `useHotkeys` reading `KeyboardEvent.code`: every shortcut of the app goes through it. */
export function usePhysicalHotkeys(
  hotkeys: HotkeyItem[],
  tagsToIgnore?: string[],
  triggerOnContentEditable?: boolean,
): void {
  useHotkeys(
    hotkeys.map(([hotkey, handler, options]) => [
      physicalHotkey(hotkey),
      handler,
      { ...options, usePhysicalKeys: DIGIT_AT_END.test(hotkey) },
    ]),
    tagsToIgnore,
    triggerOnContentEditable,
  );
}
