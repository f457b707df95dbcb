// Runs on the audio thread: hands each block of microphone samples (mono, at the context's rate,
// which Paume sets to 16 kHz) to the page, which batches them for the speech engine.
class PcmCapture extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) this.port.postMessage(channel.slice(0));
    return true;
  }
}
registerProcessor('pcm-capture', PcmCapture);
