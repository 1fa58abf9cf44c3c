using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Kinora.World;

namespace Kinora.Audio;

/// <summary>
/// Makes a production's soundtrack: dialogue in each character's voice; a score composed for the film and played
/// through FluidSynth; ambience for each scene and foley cut to the world's events; music and ambience ducked under
/// the voices; normalised to a loudness target and held under a true-peak ceiling, written as 48 kHz stereo
/// 16-bit WAV, with the score (MIDI) and the stems beside it when asked.
/// </summary>
/// <remarks>
/// The mix is rendered in 100 ms blocks and never held whole: a first pass measures its loudness, a second applies
/// the normalising gain and the limiter and writes the file. Every pass renders the same samples (all randomness is
/// seeded, the score is rendered once to a file and read back), so memory stays bounded by the dialogue clips and
/// the film's length costs only time.
/// </remarks>
public static class SoundtrackMixer
{
    const int Block = AudioFormat.SampleRate / 10;
    /// <summary>The limiter aims this far under the ceiling (dB) so dither and gain smoothing cannot cross it.</summary>
    const double CeilingMargin = 0.3;
    /// <summary>Normalisation is repeated (at most twice) when limiting has left the loudness further than this from the target (LU).</summary>
    const double LoudnessTolerance = 0.3;
    /// <summary>FluidSynth's master gain: loud enough to keep its float output well above rounding, far from any limit.</summary>
    const double SynthGain = 0.5;

    /// <summary>Mixes with <see cref="SoundtrackOptions.Default"/>.</summary>
    public static SoundtrackReport Mix(Kinora.Production.Production production, string wavPath, CancellationToken ct = default) =>
        Mix(production, wavPath, SoundtrackOptions.Default, ct);

    /// <summary>
    /// Writes the soundtrack of <paramref name="production"/> to <paramref name="wavPath"/>: exactly
    /// round(Duration × 48000) frames. The file appears only when complete (written beside it, then renamed).
    /// </summary>
    /// <exception cref="Kinora.Core.InputException">A character's voice is unknown to espeak-ng.</exception>
    /// <exception cref="InvalidOperationException">espeak-ng or FluidSynth is missing or failed.</exception>
    public static SoundtrackReport Mix(Kinora.Production.Production production, string wavPath, SoundtrackOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(production);
        return Mix(production, null, new SoundtrackFiles(wavPath), options, ct);
    }

    /// <summary>Writes the soundtrack of a world's production, with whichever of the score and stems <paramref name="files"/> names.</summary>
    public static SoundtrackReport Mix(WorldModel world, SoundtrackFiles files, SoundtrackOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(world);
        return Mix(world.Production, world, files, options, ct);
    }

    static SoundtrackReport Mix(Kinora.Production.Production production, WorldModel? world, SoundtrackFiles files, SoundtrackOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentException.ThrowIfNullOrEmpty(files.Mix);
        ArgumentNullException.ThrowIfNull(options);
        return Mix(production, world, Speak(production, options, ct), files, options, ct);
    }

    /// <summary>
    /// Speaks a world's dialogue, the first part of its soundtrack: the lines as they will sit in the mix and the
    /// lip-sync, which the pictures need before the score, ambience and foley exist (<see cref="Mix(WorldModel,
    /// DialogueTrack, SoundtrackFiles, SoundtrackOptions, CancellationToken)"/> makes the rest from it).
    /// </summary>
    /// <exception cref="Kinora.Core.InputException">A character's voice is unknown to espeak-ng.</exception>
    public static DialogueTrack Speak(WorldModel world, SoundtrackOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(options);
        return Speak(world.Production, options, ct);
    }

    static DialogueTrack Speak(Kinora.Production.Production production, SoundtrackOptions options, CancellationToken ct) =>
        DialogueTrack.Build(production, new SpeechSynthesizer(options.Espeak, options.SpeechParallelism), ct);

    /// <summary>Writes the soundtrack of a world's production around dialogue <see cref="Speak"/> made for it.</summary>
    public static SoundtrackReport Mix(WorldModel world, DialogueTrack dialogue, SoundtrackFiles files, SoundtrackOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(dialogue);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentException.ThrowIfNullOrEmpty(files.Mix);
        ArgumentNullException.ThrowIfNull(options);
        return Mix(world.Production, world, dialogue, files, options, ct);
    }

    /// <summary>Mixes with dialogue already spoken (the tests time the mix on its own this way).</summary>
    internal static SoundtrackReport Mix(Kinora.Production.Production production, WorldModel? world, DialogueTrack dialogue, SoundtrackFiles files,
        SoundtrackOptions options, CancellationToken ct)
    {
        long frames = (long)Math.Round(production.Duration * AudioFormat.SampleRate);
        var temporaries = new List<string>();
        string Temporary(string path)
        {
            // Named as every temporary of Kinora's is (".NAME.partial-PID.EXT"), so a cache sweep finds it after a crash.
            string t = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!,
                "." + Path.GetFileNameWithoutExtension(path) + $".partial-{Environment.ProcessId}" + Path.GetExtension(path));
            temporaries.Add(t);
            return t;
        }
        try
        {
            var foley = options.Foley && production.Scenes.Length > 0
                ? FoleyTrack.CuesFor(world ?? WorldModel.Build(production))
                : [];

            // The score: composed, written as MIDI, played once through FluidSynth to a raw file every pass reads.
            Score? score = null;
            string? music = null, midi = null;
            double musicGainDb = 0;
            if (options.Score && production.Scenes.Length > 0 && frames > 0)
            {
                score = ScoreComposer.Compose(production);
                midi = Temporary(files.Score ?? files.Mix + ".mid");
                File.WriteAllBytes(midi, StandardMidiFile.Write(score));
                music = Temporary(files.Mix + ".music.raw");
                ct.ThrowIfCancellationRequested();
                FluidSynth.Render(options.FluidSynth, options.SoundFont, midi, music, SynthGain, ct);
                double loudness = MusicTrack.Loudness(music, frames);
                musicGainDb = double.IsFinite(loudness) ? Math.Clamp(options.MusicLufs - loudness, -40, 40) : 0;
            }
            var sources = new Sources(production, dialogue, foley, music, musicGainDb, options, frames);

            var premix = new LoudnessMeter(AudioFormat.SampleRate);
            Render(sources, gainDb: 0, null, null, premix, null, ct);
            double measured = premix.IntegratedLufs;
            // A silent film has no loudness to normalise; leave its gain alone rather than amplify dither.
            double gainDb = double.IsFinite(measured) ? Math.Clamp(options.TargetLufs - measured, -60, options.MaxGainDb) : 0;

            string mix = Temporary(files.Mix);
            var stems = new StemFiles(
                files.Dialogue is { } d ? Temporary(d) : null,
                files.Music is { } m ? Temporary(m) : null,
                files.Effects is { } e ? Temporary(e) : null);
            LoudnessMeter final;
            TruePeakMeter peak;
            for (int attempt = 0; ; attempt++)
            {
                final = new LoudnessMeter(AudioFormat.SampleRate);
                peak = new TruePeakMeter();
                using (var file = new FileStream(mix, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                    Render(sources, gainDb, file, stems, final, peak, ct);
                double error = options.TargetLufs - final.IntegratedLufs;
                double next = Math.Clamp(gainDb + error, -60, options.MaxGainDb);
                if (!double.IsFinite(error) || Math.Abs(error) <= LoudnessTolerance || attempt == 2 || next == gainDb) break;
                gainDb = next;
            }
            // Everything beside the soundtrack first: a soundtrack at its path always has its score and stems.
            Place(stems.Dialogue, files.Dialogue);
            Place(stems.Music, files.Music);
            Place(stems.Effects, files.Effects);
            if (files.Score is not null) Place(midi, files.Score);
            File.Move(mix, files.Mix, overwrite: true);
            return new SoundtrackReport(final.IntegratedLufs, peak.TruePeakDbtp, dialogue.Lines)
            {
                Cues = score?.Cues ?? [],
                Foley = foley,
                Mouths = dialogue.Mouths,
            };
        }
        finally
        {
            foreach (var t in temporaries) File.Delete(t);
        }
    }

    static void Place(string? temporary, string? path)
    {
        if (temporary is null || path is null) return;
        File.Move(temporary, path, overwrite: true);
    }

    sealed record StemFiles(string? Dialogue, string? Music, string? Effects);

    /// <summary>What every pass plays: the same inputs, read afresh each time.</summary>
    sealed record Sources(Kinora.Production.Production Production, DialogueTrack Dialogue, ImmutableArray<FoleyCue> Foley, string? Music,
        double MusicGainDb, SoundtrackOptions Options, long Frames);

    /// <summary>
    /// One pass over the film. Without a file it only meters the unnormalised mix; with one it applies the gain,
    /// writes the stems, applies the limiter, quantises, writes, and meters what was written.
    /// </summary>
    static void Render(Sources s, double gainDb, Stream? file, StemFiles? stemFiles, LoudnessMeter meter, TruePeakMeter? peak, CancellationToken ct)
    {
        long frames = s.Frames;
        long seed = s.Production.Bible.Seed;
        var bed = new AmbienceBed(s.Production, frames);
        var lines = s.Dialogue.Clips.Select(c => (c.StartFrame, c.EndFrame)).ToArray();
        var ambienceDucker = new Ducker(lines, s.Options.DuckingDb);
        var musicDucker = new Ducker(lines, s.Options.MusicDuckingDb);
        var foley = new FoleyTrack(s.Foley, seed);
        using var music = new MusicTrack(s.Music, s.MusicGainDb, frames);
        var limiter = new Limiter(s.Options.TruePeakCeilingDbtp - CeilingMargin);
        var quantizer = new PcmQuantizer(seed);
        float gain = (float)AudioFormat.Gain(gainDb);
        var left = new float[Block];
        var right = new float[Block];
        var musicL = new float[Block];
        var musicR = new float[Block];
        var voiceL = new float[Block];
        var voiceR = new float[Block];
        var pcm = new short[2 * Block];
        var heardL = new float[Block];
        var heardR = new float[Block];
        using var stems = file is null || stemFiles is null ? null : new StemWriter(stemFiles, frames, Block);
        if (file is not null) file.Write(WaveFile.Header(frames, AudioFormat.SampleRate, AudioFormat.Channels));

        // With the limiter in the chain the output lags the mix by its latency: run on that far past the end with
        // silence, and drop as many frames at the start.
        long extra = file is null ? 0 : limiter.Latency;
        long skip = extra;
        for (long at = 0; at < frames + extra; at += Block)
        {
            ct.ThrowIfCancellationRequested();
            int n = (int)Math.Min(Block, frames + extra - at);
            var l = left.AsSpan(0, n);
            var r = right.AsSpan(0, n);
            int live = (int)Math.Clamp(frames - at, 0, n);
            l.Clear(); r.Clear();
            if (live > 0)
            {
                // Effects: the ambience ducked under the voices, the foley as it is.
                bed.Render(l[..live], r[..live]);
                ambienceDucker.Apply(l[..live], r[..live]);
                foley.AddTo(at, l[..live], r[..live]);
                var ml = musicL.AsSpan(0, live);
                var mr = musicR.AsSpan(0, live);
                music.Render(ml, mr);
                musicDucker.Apply(ml, mr);
                var vl = voiceL.AsSpan(0, live);
                var vr = voiceR.AsSpan(0, live);
                vl.Clear(); vr.Clear();
                s.Dialogue.AddTo(at, vl, vr);
                if (file is not null)
                {
                    for (int i = 0; i < live; i++) { l[i] *= gain; r[i] *= gain; ml[i] *= gain; mr[i] *= gain; vl[i] *= gain; vr[i] *= gain; }
                    stems?.Write(vl, vr, ml, mr, l[..live], r[..live]);
                }
                for (int i = 0; i < live; i++) { l[i] += ml[i] + vl[i]; r[i] += mr[i] + vr[i]; }
            }
            if (file is null)
            {
                meter.Add(l, r);
                continue;
            }

            limiter.Process(l, r);
            int drop = (int)Math.Min(skip, n);
            skip -= drop;
            int keep = n - drop;
            if (keep == 0) continue;
            var outL = l.Slice(drop, keep);
            var outR = r.Slice(drop, keep);
            quantizer.Quantize(outL, outR, pcm.AsSpan(0, 2 * keep), heardL.AsSpan(0, keep), heardR.AsSpan(0, keep));
            file.Write(MemoryMarshal.AsBytes(pcm.AsSpan(0, 2 * keep)));
            meter.Add(heardL.AsSpan(0, keep), heardR.AsSpan(0, keep));
            peak!.Add(heardL.AsSpan(0, keep), heardR.AsSpan(0, keep));
        }
    }

    /// <summary>Writes the three stems as 32-bit float stereo WAVs, block by block.</summary>
    sealed class StemWriter : IDisposable
    {
        readonly FileStream? dialogue, music, effects;
        readonly float[] interleaved;

        public StemWriter(StemFiles files, long frames, int block)
        {
            interleaved = new float[2 * block];
            FileStream? Open(string? path)
            {
                if (path is null) return null;
                var f = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                f.Write(WaveFile.Header(frames, AudioFormat.SampleRate, AudioFormat.Channels, 32));
                return f;
            }
            dialogue = Open(files.Dialogue);
            music = Open(files.Music);
            effects = Open(files.Effects);
        }

        public void Write(ReadOnlySpan<float> dialogueL, ReadOnlySpan<float> dialogueR, ReadOnlySpan<float> musicL, ReadOnlySpan<float> musicR,
            ReadOnlySpan<float> effectsL, ReadOnlySpan<float> effectsR)
        {
            Put(dialogue, dialogueL, dialogueR);
            Put(music, musicL, musicR);
            Put(effects, effectsL, effectsR);
        }

        void Put(FileStream? f, ReadOnlySpan<float> l, ReadOnlySpan<float> r)
        {
            if (f is null) return;
            for (int i = 0; i < l.Length; i++) { interleaved[2 * i] = l[i]; interleaved[2 * i + 1] = r[i]; }
            f.Write(MemoryMarshal.AsBytes(interleaved.AsSpan(0, 2 * l.Length)));
        }

        public void Dispose()
        {
            dialogue?.Dispose();
            music?.Dispose();
            effects?.Dispose();
        }
    }
}
