// Loads a whisper.cpp model once, in a process of its own (electron/services/dictation/
// model-import.ts), before Paume copies it into its models folder: a junk file with the right
// four bytes must be refused at import, not make every dictation fail afterwards.
// Arguments: the model file. Prints "ok" when whisper.cpp loads it.
const [modelFile] = process.argv.slice(2);
(async () => {
  const { loadWhisperModule } = require('@fugood/whisper.node');
  const engine = await loadWhisperModule();
  engine.WhisperContext.toggleNativeLog(false);
  const context = new engine.WhisperContext({ filePath: modelFile, useGpu: false });
  await context.release();
  process.stdout.write('ok');
})().catch((error) => {
  process.stderr.write(String(error));
  process.exit(3);
});
