/**
 * The speech models Paume offers, from the official whisper.cpp model source, each with the
 * SHA-1 that whisper.cpp publishes for it (models/README.md of ggml-org/whisper.cpp). A download
 * whose checksum differs is refused and deleted.
 */
export interface CatalogModel {
  readonly id: string;
  readonly label: string;
  readonly fileName: string;
  readonly url: string;
  readonly sha1: string;
  readonly approximateMiB: number;
}

const SOURCE = 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main';

const model = (id: string, label: string, sha1: string, approximateMiB: number): CatalogModel => ({
  id,
  label,
  fileName: `ggml-${id}.bin`,
  url: `${SOURCE}/ggml-${id}.bin`,
  sha1,
  approximateMiB,
});

export const MODEL_CATALOG: readonly CatalogModel[] = [
  model('small-q5_1', 'small quantifié (recommandé)', '6fe57ddcfdd1c6b07cdcc73aaf620810ce5fc771', 181),
  model('base-q5_1', 'base quantifié (machines modestes)', 'a3733eda680ef76256db5fc5dd9de8629e62c5e7', 57),
  model('small', 'small (non quantifié)', '55356645c2b361a969dfd0ef2c5a50d530afd8d5', 466),
  model('base', 'base (non quantifié)', '465707469ff3a37a2b9b8d8f89f2f99de7299dac', 142),
  model('tiny-q5_1', 'tiny quantifié (essais seulement)', '2827a03e495b1ed3048ef28a6a4620537db4ee51', 31),
];

export const DEFAULT_MODEL_ID = 'small-q5_1';

/** Silero voice-activity model shipped with Paume (resources/models, MIT licence). */
export const VAD_MODEL_FILE = 'silero-v6.2.0-ggml.bin';
