// Writes a whisper.cpp model of the real `base` or `small` dimensions with random weights, for
// speed measurements only (it recognises nothing). The header, mel filters and vocabulary come
// from whisper.cpp's test model in ../shared/models; the tensors are the ones whisper.cpp loads.
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';

export interface WhisperDims {
  readonly name: string;
  readonly state: number;
  readonly heads: number;
  readonly layers: number;
}

export const BASE: WhisperDims = { name: 'base', state: 512, heads: 8, layers: 6 };
export const SMALL: WhisperDims = { name: 'small', state: 768, heads: 12, layers: 12 };

const F32 = 0;
const F16 = 1;
const AUDIO_CTX = 1500;
const TEXT_CTX = 448;
const MELS = 80;
const VOCAB = 51865;

interface TensorSpec {
  name: string;
  type: typeof F32 | typeof F16;
  dims: number[];
}

function tensors(dims: WhisperDims): TensorSpec[] {
  const n = dims.state;
  const list: TensorSpec[] = [];
  const add = (name: string, type: TensorSpec['type'], ...shape: number[]) => list.push({ name, type, dims: shape });
  const attention = (prefix: string) => {
    add(`${prefix}.query.weight`, F16, n, n);
    add(`${prefix}.query.bias`, F32, n);
    add(`${prefix}.key.weight`, F16, n, n);
    add(`${prefix}.value.weight`, F16, n, n);
    add(`${prefix}.value.bias`, F32, n);
    add(`${prefix}.out.weight`, F16, n, n);
    add(`${prefix}.out.bias`, F32, n);
  };
  const block = (prefix: string, cross: boolean) => {
    add(`${prefix}.mlp_ln.weight`, F32, n);
    add(`${prefix}.mlp_ln.bias`, F32, n);
    add(`${prefix}.mlp.0.weight`, F16, n, 4 * n);
    add(`${prefix}.mlp.0.bias`, F32, 4 * n);
    add(`${prefix}.mlp.2.weight`, F16, 4 * n, n);
    add(`${prefix}.mlp.2.bias`, F32, n);
    add(`${prefix}.attn_ln.weight`, F32, n);
    add(`${prefix}.attn_ln.bias`, F32, n);
    attention(`${prefix}.attn`);
    if (cross) {
      add(`${prefix}.cross_attn_ln.weight`, F32, n);
      add(`${prefix}.cross_attn_ln.bias`, F32, n);
      attention(`${prefix}.cross_attn`);
    }
  };
  add('encoder.positional_embedding', F32, n, AUDIO_CTX);
  add('encoder.conv1.weight', F16, 3, MELS, n);
  add('encoder.conv1.bias', F32, 1, n);
  add('encoder.conv2.weight', F16, 3, n, n);
  add('encoder.conv2.bias', F32, 1, n);
  add('encoder.ln_post.weight', F32, n);
  add('encoder.ln_post.bias', F32, n);
  for (let layer = 0; layer < dims.layers; layer += 1) block(`encoder.blocks.${layer}`, false);
  add('decoder.positional_embedding', F32, n, TEXT_CTX);
  add('decoder.token_embedding.weight', F16, n, VOCAB);
  add('decoder.ln.weight', F32, n);
  add('decoder.ln.bias', F32, n);
  for (let layer = 0; layer < dims.layers; layer += 1) block(`decoder.blocks.${layer}`, true);
  return list;
}

/** Small random values, repeated: the weights only have to be numbers of the right size. */
function noise(bytes: number, type: TensorSpec['type']): Buffer {
  const buffer = Buffer.alloc(bytes);
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296 - 0.5) * 0.04;
  if (type === F32) for (let offset = 0; offset + 4 <= bytes; offset += 4) buffer.writeFloatLE(next(), offset);
  else
    for (let offset = 0; offset + 2 <= bytes; offset += 2)
      buffer.writeUInt16LE(0x2000 | (Math.floor(Math.abs(next()) * 1000) & 0x3ff) | (next() < 0 ? 0x8000 : 0), offset);
  return buffer;
}

export function writeRandomWhisperModel(testModel: string, destination: string, dims: WhisperDims): void {
  if (existsSync(destination)) return;
  const header = Buffer.from(readFileSync(testModel));
  // hparams follow the magic: vocab, audio ctx/state/head/layer, text ctx/state/head/layer, mels, ftype.
  header.writeInt32LE(dims.state, 4 * 3);
  header.writeInt32LE(dims.heads, 4 * 4);
  header.writeInt32LE(dims.layers, 4 * 5);
  header.writeInt32LE(dims.state, 4 * 7);
  header.writeInt32LE(dims.heads, 4 * 8);
  header.writeInt32LE(dims.layers, 4 * 9);
  header.writeInt32LE(F16, 4 * 11);
  const out = openSync(destination, 'w');
  writeSync(out, header);
  const chunk = { [F32]: noise(1 << 20, F32), [F16]: noise(1 << 20, F16) };
  for (const tensor of tensors(dims)) {
    const name = Buffer.from(tensor.name, 'utf8');
    const meta = Buffer.alloc(12 + 4 * tensor.dims.length);
    meta.writeInt32LE(tensor.dims.length, 0);
    meta.writeInt32LE(name.length, 4);
    meta.writeInt32LE(tensor.type, 8);
    tensor.dims.forEach((size, index) => meta.writeInt32LE(size, 12 + 4 * index));
    writeSync(out, meta);
    writeSync(out, name);
    let remaining = tensor.dims.reduce((product, size) => product * size, 1) * (tensor.type === F32 ? 4 : 2);
    while (remaining > 0) {
      const part = chunk[tensor.type].subarray(0, Math.min(remaining, chunk[tensor.type].length));
      writeSync(out, part);
      remaining -= part.length;
    }
  }
  closeSync(out);
}
