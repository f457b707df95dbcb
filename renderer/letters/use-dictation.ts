import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { patientKeys } from '../api/query-keys';
import { useServerEvent } from '../api/use-live-lists';

export type DictationState = 'idle' | 'starting' | 'recording' | 'finishing';

export interface DictationView {
  state: DictationState;
  /** Seconds of audio sent, and of speech the engine found in it. */
  receivedSeconds: number;
  speechSeconds: number;
  /** What has been recognised so far, a few seconds behind the voice. */
  partial: string;
  error: string | null;
  /** The recording of the last dictation, when the surgeon kept it (a document of the file). */
  kept: string | null;
}

/** Asked when a dictation starts: keep its recording on this visit, or keep nothing. */
export interface DictationStartOptions {
  keepRecording: boolean;
  /** Absent for a dictation that is not about a visit (a reply to a message, issue 11). */
  visitId?: number;
}

const CHUNK_SECONDS = 1;
const RATE = 16_000;

/** Float samples from the worklet to 16-bit PCM; the API client encodes it for the transport. */
function toPcm16(samples: Float32Array): ArrayBuffer {
  const pcm = new Int16Array(samples.length);
  for (let index = 0; index < samples.length; index += 1)
    pcm[index] = Math.max(-32768, Math.min(32767, Math.round((samples[index] ?? 0) * 32767)));
  return pcm.buffer;
}

/**
 * The microphone to the speech engine: 16 kHz mono captured by an AudioWorklet, sent in one-second
 * chunks; nothing is written to disk unless the surgeon keeps the recording. `toggle()` starts and
 * stops; the final text goes to `onFinal`.
 */
export function useDictation(onFinal: (text: string) => void, startOptions: DictationStartOptions) {
  const [view, setView] = useState<DictationView>({
    state: 'idle',
    receivedSeconds: 0,
    speechSeconds: 0,
    partial: '',
    error: null,
    kept: null,
  });
  const optionsRef = useRef(startOptions);
  useEffect(() => {
    optionsRef.current = startOptions;
  });
  const client = useQueryClient();
  const live = useRef<{
    id: string;
    context: AudioContext;
    stream: MediaStream;
    pending: Float32Array[];
    sending: Promise<void>;
  } | null>(null);
  const finalRef = useRef(onFinal);
  useEffect(() => {
    finalRef.current = onFinal;
  });

  useServerEvent('dictation.progress', (progress) => {
    if (live.current?.id === progress.dictationId)
      setView((current) => ({ ...current, speechSeconds: progress.speechSeconds, partial: progress.text }));
  });

  const flush = useCallback(() => {
    const session = live.current;
    if (!session || session.pending.length === 0) return;
    const length = session.pending.reduce((sum, part) => sum + part.length, 0);
    const joined = new Float32Array(length);
    let offset = 0;
    for (const part of session.pending) {
      joined.set(part, offset);
      offset += part.length;
    }
    session.pending = [];
    // Raw calls in this hook: a live recording's steps (start, chunks, stop), not reads to cache.
    session.sending = session.sending.then(async () => {
      // The recognised text comes by the 'dictation.progress' event only (one channel).
      const progress = await call('dictation.chunk', { dictationId: session.id, pcm: toPcm16(joined) });
      setView((current) => ({
        ...current,
        receivedSeconds: progress.receivedSeconds,
        speechSeconds: progress.speechSeconds,
      }));
    });
  }, []);

  const start = useCallback(async () => {
    setView({ state: 'starting', receivedSeconds: 0, speechSeconds: 0, partial: '', error: null, kept: null });
    try {
      const { dictationId } = await call('dictation.start', optionsRef.current);
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
      });
      const context = new AudioContext({ sampleRate: RATE });
      await context.audioWorklet.addModule(new URL('./pcm-capture.worklet.js', import.meta.url));
      const node = new AudioWorkletNode(context, 'pcm-capture');
      context.createMediaStreamSource(stream).connect(node);
      const session = { id: dictationId, context, stream, pending: [] as Float32Array[], sending: Promise.resolve() };
      let buffered = 0;
      node.port.onmessage = (message: MessageEvent<Float32Array>) => {
        session.pending.push(message.data);
        buffered += message.data.length;
        if (buffered >= CHUNK_SECONDS * RATE) {
          buffered = 0;
          flush();
        }
      };
      live.current = session;
      setView((current) => ({ ...current, state: 'recording' }));
    } catch (error) {
      setView((current) => ({
        ...current,
        state: 'idle',
        error: error instanceof Error ? error.message : 'Micro indisponible.',
      }));
    }
  }, [flush]);

  const stop = useCallback(async () => {
    const session = live.current;
    if (!session) return;
    setView((current) => ({ ...current, state: 'finishing' }));
    flush();
    session.stream.getTracks().forEach((track) => {
      track.stop();
    });
    await session.context.close();
    try {
      await session.sending;
      const result = await call('dictation.stop', { dictationId: session.id });
      live.current = null;
      setView({
        state: 'idle',
        receivedSeconds: result.receivedSeconds,
        speechSeconds: result.speechSeconds,
        partial: '',
        error: null,
        kept: result.recording?.fileName ?? null,
      });
      finalRef.current(result.text);
      // A kept recording is a new document of the file: its Documents tab must show it.
      if (result.recording) void client.invalidateQueries({ queryKey: patientKeys.file() });
    } catch (error) {
      live.current = null;
      setView((current) => ({
        ...current,
        state: 'idle',
        error: error instanceof Error ? error.message : 'Dictée interrompue.',
      }));
    }
  }, [flush, client]);

  const toggle = useCallback(() => {
    if (view.state === 'idle') void start();
    else if (view.state === 'recording') void stop();
  }, [view.state, start, stop]);

  return { view, toggle };
}
