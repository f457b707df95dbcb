import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CliError } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { withCore } from '../open-core.js';
import { dataDirOf } from '../options.js';

/** `paume transcribe F.wav`: the dictation engine on a file, with how long it took. */
export const transcribeCommand: CliCommand = {
  name: 'transcribe',
  run: ({ args, values, io, expectArguments }) => {
    expectArguments(1, 'le fichier à transcrire : paume transcribe <fichier.wav>');
    const file = args[0] as string;
    if (!existsSync(file)) throw new CliError(`Fichier introuvable : ${file}`);
    if (values.model) process.env.PAUME_WHISPER_MODEL = values.model;
    return withCore(dataDirOf(values), async (core) => {
      const started = performance.now();
      io.err('Transcription en cours…');
      const result = await core.services.dictation.transcribeWav(readFileSync(file), null);
      io.out(result.text || '(aucune parole reconnue)');
      io.err(
        `${result.receivedSeconds.toFixed(1)} s d'audio, ${result.speechSeconds.toFixed(1)} s de parole détectée, ${((performance.now() - started) / 1000).toFixed(1)} s de calcul`,
      );
      return 0;
    });
  },
};
