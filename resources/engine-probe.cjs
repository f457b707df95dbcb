// Tries a compiled speech engine once, in a process of its own (electron/services/dictation/
// speech-binding.ts): a module built for another processor dies here on an illegal instruction,
// not in the app. Run by Node (CLI, server) or by an Electron utility process (the window).
// Arguments: the engine module, the Silero VAD model. Prints "ok" when the engine works.
const [file, vadModel] = process.argv.slice(2);
const engine = require(file);
engine.WhisperContext.toggleNativeLog(false);
(async () => {
  const vad = await new engine.WhisperVadContext({ filePath: vadModel, useGpu: false, nThreads: 1 });
  const tone = new Int16Array(16000).map((_, i) => Math.round(Math.sin(i / 5) * 3000));
  await vad.detectSpeechData(tone.buffer, {});
  await vad.release();
  process.stdout.write('ok');
})().catch((error) => {
  process.stderr.write(String(error));
  process.exit(3);
});
