/**
 * Names that come from outside (a mail's display name, an attachment's or an upload's file name)
 * as a person may read them without being misled (issue 27). Shared by the main side, which
 * neutralises them where they enter, and the renderer, which shows them (rows from before too).
 * Pure: no Node module, no DOM.
 */

/**
 * The bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069),
 * the left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).
 * « Résultats », U+202E, « fdp.exe » is a program whose name reads « Résultats exe.pdf ».
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** The name with every bidirectional control taken out: what is shown is what the name is. */
export function neutraliseBidi(name: string): string {
  return name.replace(BIDI_CONTROLS, '');
}

export function hasBidiControls(name: string): boolean {
  return name.search(BIDI_CONTROLS) >= 0;
}

// An at sign, including the full-width « ＠ » and the small « ﹫ » that pass for one.
const AT_SIGN = /[@\uFF20\uFE6B]/u;
// « <quelque.chose> » or a domain a French correspondent may write without its at sign.
const ADDRESS_SHAPE = /<[^>]*>|[\p{L}\p{N}-]\.(?:fr|com|net|org|eu|be|ch|lu|de|es|it|uk|io|info)(?![\p{L}\p{N}])/iu;

/**
 * Whether a display name could pass for an address (« Dr Bernard Martin <b.martin@chu.fr> »):
 * beside the real address it would say which of the two to believe.
 */
export function looksLikeAddress(name: string): boolean {
  const shown = neutraliseBidi(name);
  return AT_SIGN.test(shown) || ADDRESS_SHAPE.test(shown);
}

/**
 * A sender as it may be shown: the real address always, the display name (neutralised) only when
 * it says something and cannot pass for an address; null otherwise, as it could only mislead.
 */
export function senderParts(from: { readonly name: string; readonly address: string }): {
  name: string | null;
  address: string;
} {
  const address = neutraliseBidi(from.address).trim();
  const name = neutraliseBidi(from.name).replace(/\s+/gu, ' ').trim();
  if (!name || name.toLowerCase() === address.toLowerCase() || (address && looksLikeAddress(name)))
    return { name: null, address };
  return { name, address };
}

/**
 * A sender as a person reads it: « Name <real@address> », never the name alone. A display name
 * that looks like an address is not shown at all (the real address is): it can only mislead.
 */
export function senderLabel(from: { readonly name: string; readonly address: string }): string {
  const { name, address } = senderParts(from);
  if (!address) return name ? `${name} (sans adresse)` : '(sans expéditeur)';
  return name ? `${name} <${address}>` : address;
}
