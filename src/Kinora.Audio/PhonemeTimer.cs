using System.Runtime.InteropServices;
using System.Text;

namespace Kinora.Audio;

/// <summary>A phoneme as espeak-ng spoke it: its mnemonic (Kirshenbaum-style, "a", "oU", "m", "_:") and start in seconds.</summary>
internal readonly record struct TimedPhoneme(string Name, double Start);

/// <summary>
/// The phonemes of a line with their times, from espeak-ng itself: the line is synthesised again in-process through
/// libespeak-ng (the library behind the espeak-ng command, same voice, pitch, rate, amplitude and flags) with
/// phoneme events switched on, and each event's position in the audio is read. The same engine with the same
/// settings makes the same samples, so the times fit the command's WAV; they are given relative to the first
/// sound after the same silence trim <see cref="SpeechSynthesizer"/> applies, and the trimmed length is returned
/// so a caller can check and scale. The library is not re-entrant: calls are serialised.
/// Why not parse the command's own output: espeak-ng prints phonemes (-x, --ipa) without times, and --pho works only
/// with MBROLA voices.
/// </summary>
internal static class PhonemeTimer
{
    const string Library = "libespeak-ng.so.1";
    const int AudioOutputSynchronous = 2, InitializePhonemeEvents = 0x0001;
    const int EventListTerminated = 0, EventPhoneme = 7;
    const int ParameterRate = 1, ParameterVolume = 2, ParameterPitch = 3;
    const uint CharsUtf8 = 1, PositionCharacter = 1;
    const float SilenceThreshold = 0.001f;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    delegate int SynthCallback(IntPtr wav, int samples, IntPtr events);

    [DllImport(Library)] static extern int espeak_Initialize(int output, int bufferLength, IntPtr path, int options);
    [DllImport(Library)] static extern void espeak_SetSynthCallback(SynthCallback callback);
    [DllImport(Library)] static extern int espeak_SetParameter(int parameter, int value, int relative);
    [DllImport(Library)] static extern int espeak_ng_SetVoiceByName([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    [DllImport(Library)] static extern int espeak_ng_SetVoiceByProperties(ref VoiceSelection voice);

    /// <summary>espeak_VOICE: name, languages, identifier, gender, age, variant, spare byte, score, spare pointer.</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct VoiceSelection
    {
        public IntPtr Name, Languages, Identifier;
        public byte Gender, Age, Variant, Spare;
        public int Score;
        public IntPtr SparePointer;
    }

    /// <summary>Chooses a voice as the espeak-ng command does: by name, else as a language (with any +variant).</summary>
    static bool SetVoice(string voice)
    {
        if (espeak_ng_SetVoiceByName(voice) == 0) return true;
        var language = Marshal.StringToCoTaskMemUTF8(voice);
        try
        {
            var selection = new VoiceSelection { Languages = language };
            return espeak_ng_SetVoiceByProperties(ref selection) == 0;
        }
        finally { Marshal.FreeCoTaskMem(language); }
    }
    [DllImport(Library)] static extern int espeak_Synth(byte[] text, nuint size, uint position, uint positionType, uint endPosition, uint flags, IntPtr uniqueIdentifier, IntPtr userData);
    [DllImport(Library)] static extern int espeak_Synchronize();

    // espeak-ng draws its voices' breath and noise from the C library's rand(), which a fresh espeak-ng process
    // starts from seed 1: seeding it so before each line makes the same samples as the command, every time.
    [DllImport("libc", EntryPoint = "srand")] static extern void CRandomSeed(uint seed);

    static readonly object Gate = new();
    static int sampleRate;
    static SynthCallback? callback; // held so the collector never frees what the library calls
    static List<short>? samples;
    static List<(string Name, int Sample)>? events;

    /// <summary>The phonemes of a request, timed from the first sound of its trimmed audio, and that audio's length in seconds.</summary>
    public static (IReadOnlyList<TimedPhoneme> Phonemes, double Length) Time(SpeechRequest request)
    {
        lock (Gate)
        {
            if (sampleRate == 0)
            {
                try
                {
                    sampleRate = espeak_Initialize(AudioOutputSynchronous, 60000, IntPtr.Zero, InitializePhonemeEvents);
                }
                catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
                {
                    throw new InvalidOperationException($"lip-sync reads phoneme timings from {Library}, which could not be loaded ({e.Message}). Install it with: apt-get install espeak-ng", e);
                }
                if (sampleRate <= 0) throw new InvalidOperationException($"espeak-ng's library would not start (espeak_Initialize returned {sampleRate})");
                callback = Collect;
                espeak_SetSynthCallback(callback);
            }
            try
            {
                // The engine carries a little state from one line to the next, which moves events by a millisecond:
                // the same short line before every line leaves it in the same state, so keys never depend on order.
                Speak(new SpeechRequest("en-us", 50, 175, 100, "Hm."));
                return Speak(request);
            }
            finally
            {
                samples = null;
                events = null;
            }
        }
    }

    static (IReadOnlyList<TimedPhoneme> Phonemes, double Length) Speak(SpeechRequest request)
    {
        if (!SetVoice(request.Voice))
            throw new InvalidOperationException($"espeak-ng's library has no voice '{request.Voice}'");
        espeak_SetParameter(ParameterRate, request.Rate, 0);
        espeak_SetParameter(ParameterVolume, request.Amplitude, 0);
        espeak_SetParameter(ParameterPitch, request.Pitch, 0);
        samples = [];
        events = [];
        // As the command speaks it (-b 1 -z): UTF-8, no pause added at the end.
        byte[] text = Encoding.UTF8.GetBytes(request.Text + "\0");
        CRandomSeed(1);
        int error = espeak_Synth(text, (nuint)text.Length, 0, PositionCharacter, 0, CharsUtf8, IntPtr.Zero, IntPtr.Zero);
        espeak_Synchronize();
        if (error != 0) throw new InvalidOperationException($"espeak-ng's library failed to speak a line (error {error})");

        int sound = samples.FindIndex(s => Math.Abs(s / 32768f) > SilenceThreshold);
        if (sound < 0) return ([], 0);
        int last = samples.FindLastIndex(s => Math.Abs(s / 32768f) > SilenceThreshold);
        int first = Math.Max(0, sound - sampleRate * 5 / 1000);
        last = Math.Min(samples.Count - 1, last + sampleRate * 20 / 1000);
        double length = (last - first + 1) / (double)sampleRate;
        // The samples are the same every time, but the events' positions all shift together by a sample or two
        // from one call to the next. So the events give only the spacing; the first sounding phoneme is placed
        // on the first sound of the samples.
        int voiced = events.FindIndex(e => !e.Name.StartsWith('_'));
        if (voiced < 0) return ([], length);
        double onset = (sound - first) / (double)sampleRate;
        int anchor = events[voiced].Sample;
        var phonemes = events.Select(e => new TimedPhoneme(e.Name, Math.Clamp(onset + (e.Sample - anchor) / (double)sampleRate, 0, length))).ToList();
        return (phonemes, length);
    }

    static int Collect(IntPtr wav, int count, IntPtr list)
    {
        if (wav != IntPtr.Zero && count > 0 && samples is not null)
        {
            var chunk = new short[count];
            Marshal.Copy(wav, chunk, 0, count);
            samples.AddRange(chunk);
        }
        // espeak_EVENT: type, unique id, text position, length, audio position (ms), sample, user data (pointer), id (8 bytes).
        int size = 24 + IntPtr.Size + 8;
        for (IntPtr e = list; e != IntPtr.Zero; e += size)
        {
            int type = Marshal.ReadInt32(e);
            if (type == EventListTerminated) break;
            if (type != EventPhoneme || events is null) continue;
            int sample = Marshal.ReadInt32(e, 20); // the sample the event falls on (audio_position, at 16, is whole milliseconds)
            var name = new byte[8];
            Marshal.Copy(e + 24 + IntPtr.Size, name, 0, 8);
            int end = Array.IndexOf(name, (byte)0);
            events.Add((Encoding.ASCII.GetString(name, 0, end < 0 ? 8 : end), sample));
        }
        return 0;
    }
}
