import { useHotkeys, type HotkeyItem } from '@mantine/hooks';

/**
 * The key as it stands on the keyboard, not the character it types (`KeyboardEvent.code`): on a
 * French AZERTY keyboard the digit row types & é " ' ( - è _ ç à without Shift, so a shortcut
 * written '3' must listen to Digit3, and letters to their physical place (KeyS…).
 */
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
      { ...options, usePhysicalKeys: true },
    ]),
    tagsToIgnore,
    triggerOnContentEditable,
  );
}
