import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Checkbox } from '../../components/checkbox-group';

interface SpeechRecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult:
    | ((event: {
        results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
      }) => void)
    | null;
  start(): void;
  stop(): void;
}

function speechRecognition(): (new () => SpeechRecognitionLike) | undefined {
  const w = window as unknown as Record<string, unknown>;
  return (w.SpeechRecognition ?? w.webkitSpeechRecognition) as
    (new () => SpeechRecognitionLike) | undefined;
}

/**
 * Records the answer with the microphone and plays it back; the audio never leaves the device.
 * Transcription uses the browser's speech recognition only when the user turns it on, after being
 * told that some browsers send the audio to their maker's servers.
 */
export function VoiceRecorder({
  language,
  onTranscript,
  onDuration,
}: {
  language: 'id' | 'en';
  onTranscript(text: string): void;
  onDuration(seconds: number): void;
}) {
  const { t } = useI18n();
  const [recording, setRecording] = useState(false);
  const [seconds, setSeconds] = useState(0);
  const [audioUrl, setAudioUrl] = useState<string | undefined>();
  const [transcribe, setTranscribe] = useState(false);
  const recorder = useRef<MediaRecorder | undefined>(undefined);
  const recognition = useRef<SpeechRecognitionLike | undefined>(undefined);
  const startedAt = useRef(0);
  const canRecord =
    typeof MediaRecorder !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
  const Recognition = speechRecognition();

  useEffect(() => {
    if (!recording) return;
    const timer = setInterval(
      () => setSeconds(Math.round((Date.now() - startedAt.current) / 1000)),
      500,
    );
    return () => clearInterval(timer);
  }, [recording]);
  useEffect(() => () => (audioUrl ? URL.revokeObjectURL(audioUrl) : undefined), [audioUrl]);

  const start = async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const chunks: Blob[] = [];
    const media = new MediaRecorder(stream);
    media.ondataavailable = (event) => chunks.push(event.data);
    media.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      setAudioUrl(URL.createObjectURL(new Blob(chunks, { type: media.mimeType })));
      onDuration((Date.now() - startedAt.current) / 1000);
    };
    recorder.current = media;
    startedAt.current = Date.now();
    setSeconds(0);
    media.start();
    setRecording(true);
    if (transcribe && Recognition) {
      const rec = new Recognition();
      rec.lang = language === 'id' ? 'id-ID' : 'en-US';
      rec.continuous = true;
      rec.interimResults = false;
      let text = '';
      rec.onresult = (event) => {
        text = Array.from(event.results)
          .map((result) => result[0]?.transcript ?? '')
          .join(' ');
        onTranscript(text.trim());
      };
      rec.start();
      recognition.current = rec;
    }
  };
  const stop = () => {
    recorder.current?.stop();
    recognition.current?.stop();
    recognition.current = undefined;
    setRecording(false);
  };

  if (!canRecord) return <p className="muted">{t('practice.voice.unsupported')}</p>;
  return (
    <div className="voice">
      <div className="voice__controls">
        {recording ? (
          <button className="button button--danger" type="button" onClick={stop}>
            {t('practice.voice.stop')}
          </button>
        ) : (
          <button className="button" type="button" onClick={() => void start()}>
            {t('practice.voice.record')}
          </button>
        )}
        {recording && <span role="status">{t('practice.voice.recording', { seconds })}</span>}
        {audioUrl && !recording && (
          <audio controls src={audioUrl} aria-label={t('practice.voice.play')} />
        )}
      </div>
      <p className="muted">{t('practice.voice.privacy')}</p>
      {Recognition ? (
        <Checkbox
          checked={transcribe}
          disabled={recording}
          onChange={setTranscribe}
          label={
            <span>
              {t('practice.voice.transcribe')}
              <br />
              <small>{t('practice.voice.transcribeWarning')}</small>
            </span>
          }
          warning
        />
      ) : (
        <p className="muted">{t('practice.voice.noTranscription')}</p>
      )}
    </div>
  );
}
