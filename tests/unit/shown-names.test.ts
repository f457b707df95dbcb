import { describe, expect, it } from 'vitest';
import {
  hasBidiControls,
  looksLikeAddress,
  neutraliseBidi,
  senderLabel,
  senderParts,
} from '../../electron/api/common/shown-names.js';

// Written as escapes: a literal override in this file would itself reorder what a reviewer reads.
const RLO = '\u202E';
const LRO = '\u202D';
const RLE = '\u202B';
const PDF = '\u202C';
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';
const LRM = '\u200E';
const RLM = '\u200F';
const ALM = '\u061C';

describe('names without bidirectional controls (issue 27)', () => {
  it('takes out a right-to-left override in the middle: the real extension shows', () => {
    expect(neutraliseBidi(`Résultats ${RLO}fdp.exe`)).toBe('Résultats fdp.exe');
  });

  it('takes out an override at the start', () => {
    expect(neutraliseBidi(`${RLO}gnp.scr`)).toBe('gnp.scr');
    expect(neutraliseBidi(`${LRO}radio.png`)).toBe('radio.png');
  });

  it('takes out several controls, embeddings and their pop', () => {
    expect(neutraliseBidi(`${RLE}compte${PDF} ${RLO}rendu${PDF}${LRM}.pdf${RLM}${ALM}`)).toBe('compte rendu.pdf');
  });

  it('takes out isolates', () => {
    expect(neutraliseBidi(`Dr ${LRI}Martin${PDI} ${RLI}x${PDI} ${FSI}y${PDI}`)).toBe('Dr Martin x y');
  });

  it('leaves an ordinary accented French name as it is', () => {
    for (const name of ['Hélène Lefèvre-Çavuşoğlu', 'Compte rendu opératoire — pouce droit.pdf', 'Œdème à J+1.jpg']) {
      expect(neutraliseBidi(name)).toBe(name);
      expect(hasBidiControls(name)).toBe(false);
    }
    expect(hasBidiControls(`a${RLO}b`)).toBe(true);
  });

  it('keeps the letters of a right-to-left script, only the controls go', () => {
    expect(neutraliseBidi(`${RLM}محمد${RLM}`)).toBe('محمد');
  });
});

describe('a sender shown with the real address (issue 27)', () => {
  it('puts the real address beside a display name', () => {
    expect(senderLabel({ name: 'Dr Bernard Martin', address: 'b.martin@chu-lyon.fr' })).toBe(
      'Dr Bernard Martin <b.martin@chu-lyon.fr>',
    );
  });

  it('shows only the real address when the display name looks like an address', () => {
    const address = 'secretariat@autre.example';
    expect(senderLabel({ name: 'Dr Bernard Martin <b.martin@chu-lyon.fr>', address })).toBe(address);
    expect(senderLabel({ name: 'b.martin@chu-lyon.fr', address })).toBe(address);
    expect(senderLabel({ name: 'b.martin\uFF20chu-lyon.fr', address })).toBe(address);
    expect(senderLabel({ name: 'Dr Martin (chu-lyon.fr)', address })).toBe(address);
  });

  it('shows the address alone when there is no name or the name is the address', () => {
    expect(senderLabel({ name: '', address: 'p@example.fr' })).toBe('p@example.fr');
    expect(senderLabel({ name: 'P@Example.fr', address: 'p@example.fr' })).toBe('p@example.fr');
  });

  it('neutralises a display name that would reorder the address beside it', () => {
    expect(senderLabel({ name: `Dr Martin ${RLO}`, address: 'x@example.fr' })).toBe('Dr Martin <x@example.fr>');
  });

  it('gives the parts to lay out: the name only when it may be shown', () => {
    expect(senderParts({ name: `Dr ${RLO}Martin`, address: 'm@example.fr' })).toEqual({
      name: 'Dr Martin',
      address: 'm@example.fr',
    });
    expect(senderParts({ name: 'Dr Martin <m@chu.example>', address: 'x@example.fr' })).toEqual({
      name: null,
      address: 'x@example.fr',
    });
    expect(senderLabel({ name: 'Dr Martin', address: '' })).toBe('Dr Martin (sans adresse)');
  });

  it('does not take an ordinary name for an address', () => {
    for (const name of ['Dr Bernard Martin', 'M. Dupont', 'Clinique Saint-Jean, service de radiologie']) {
      expect(looksLikeAddress(name)).toBe(false);
    }
  });
});
