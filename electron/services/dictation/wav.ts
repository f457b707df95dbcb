import { SAMPLE_RATE } from './transcriber.js';

export class WavError extends Error {}

/**
 * Reads a PCM WAV file (8/16/24/32-bit integer or 32-bit float, any rate, any channels) into
 * 16 kHz mono 16-bit samples, which is what the speech engine takes.
 */
export function decodeWav(file: Buffer): Int16Array {
  if (file.toString('latin1', 0, 4) !== 'RIFF' || file.toString('latin1', 8, 12) !== 'WAVE')
    throw new WavError('Ce fichier n’est pas un WAV (en-tête RIFF/WAVE absent).');
  let offset = 12;
  let format: { audioFormat: number; channels: number; rate: number; bits: number } | null = null;
  let data: Buffer | null = null;
  while (offset + 8 <= file.length) {
    const id = file.toString('latin1', offset, offset + 4);
    const size = file.readUInt32LE(offset + 4);
    const body = file.subarray(offset + 8, offset + 8 + size);
    if (id === 'fmt ')
      format = {
        audioFormat: body.readUInt16LE(0),
        channels: body.readUInt16LE(2),
        rate: body.readUInt32LE(4),
        bits: body.readUInt16LE(14),
      };
    if (id === 'data') data = body;
    offset += 8 + size + (size % 2);
  }
  if (!format || !data) throw new WavError('WAV incomplet : format ou données absents.');
  const { audioFormat, channels, rate, bits } = format;
  if (!(audioFormat === 1 || audioFormat === 3 || audioFormat === 0xfffe))
    throw new WavError('WAV compressé non pris en charge : enregistrez en PCM.');
  // Already what the engine takes (Paume's own kept recordings): the samples as they are, exactly.
  if (audioFormat === 1 && bits === 16 && channels === 1 && rate === SAMPLE_RATE) {
    return new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.length - (data.length % 2)));
  }
  const bytes = bits / 8;
  const frames = Math.floor(data.length / (bytes * channels));
  const mono = new Float32Array(frames);
  for (let frame = 0; frame < frames; frame += 1) {
    let sum = 0;
    for (let channel = 0; channel < channels; channel += 1) {
      const at = (frame * channels + channel) * bytes;
      if (audioFormat === 3 && bits === 32) sum += data.readFloatLE(at);
      else if (bits === 16) sum += data.readInt16LE(at) / 32768;
      else if (bits === 8) sum += (data.readUInt8(at) - 128) / 128;
      else if (bits === 24) sum += data.readIntLE(at, 3) / 8388608;
      else if (bits === 32) sum += data.readInt32LE(at) / 2147483648;
    }
    mono[frame] = sum / channels;
  }
  return toInt16(resample(mono, rate, SAMPLE_RATE));
}

/** 16 kHz mono 16-bit PCM as a WAV file: a recording the surgeon chose to keep. */
export function encodeWav(pcm: Int16Array): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + pcm.byteLength, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16); // size of the format chunk
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // bytes per frame
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(pcm.byteLength, 40);
  return Buffer.concat([header, Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength)]);
}

/** Linear resampling: plenty for speech recognition, which works at 16 kHz. */
export function resample(input: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return input;
  const length = Math.floor((input.length * to) / from);
  const output = new Float32Array(length);
  for (let index = 0; index < length; index += 1) {
    const position = (index * from) / to;
    const left = Math.floor(position);
    const fraction = position - left;
    output[index] = (input[left] ?? 0) * (1 - fraction) + (input[left + 1] ?? input[left] ?? 0) * fraction;
  }
  return output;
}

export function toInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let index = 0; index < samples.length; index += 1)
    out[index] = Math.max(-32768, Math.min(32767, Math.round((samples[index] ?? 0) * 32767)));
  return out;
}
