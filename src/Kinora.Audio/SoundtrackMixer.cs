using System.Runtime.InteropServices;

namespace Kinora.Audio;

/// <summary>
/// Makes a production's soundtrack: dialogue in each character's voice, ambience for each scene, ducked under the
/// voices, normalised to a loudness target and held under a true-peak ceiling, written as 48 kHz stereo 16-bit WAV.
/// </summary>
/// <remarks>
/// The mix is rendered in 100 ms blocks and never held whole: a first pass measures its loudness, a second applies
/// the normalising gain and the limiter and writes the file. Every pass renders the same samples (all randomness is
/// seeded), so memory stays bounded by the dialogue clips and the film's length costs only time.
/// </remarks>
public static class SoundtrackMixer
{
    const int Block = AudioFormat.SampleRate / 10;
    /// <summary>The limiter aims this far under the ceiling (dB) so dither and gain smoothing cannot cross it.</summary>
    const double CeilingMargin = 0.3;
    /// <summary>Normalisation is repeated (at most twice) when limiting has left the loudness further than this from the target (LU).</summary>
    const double LoudnessTolerance = 0.3;

    /// <summary>Mixes with <see cref="SoundtrackOptions.Default"/>.</summary>
    public static SoundtrackReport Mix(Kinora.Production.Production production, string wavPath, CancellationToken ct = default) =>
        Mix(production, wavPath, SoundtrackOptions.Default, ct);

    /// <summary>
    /// Writes the soundtrack of <paramref name="production"/> to <paramref name="wavPath"/>: exactly
    /// round(Duration × 48000) frames. The file appears only when complete (written beside it, then renamed).
    /// </summary>
    /// <exception cref="Kinora.Core.InputException">A character's voice is unknown to espeak-ng.</exception>
    /// <exception cref="InvalidOperationException">espeak-ng is missing or failed.</exception>
    public static SoundtrackReport Mix(Kinora.Production.Production production, string wavPath, SoundtrackOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(production);
        ArgumentException.ThrowIfNullOrEmpty(wavPath);
        ArgumentNullException.ThrowIfNull(options);

        var dialogue = DialogueTrack.Build(production, new SpeechSynthesizer(options.Espeak, options.SpeechParallelism), ct);
        return Mix(production, dialogue, wavPath, options, ct);
    }

    /// <summary>Mixes with dialogue already spoken (the tests time the mix on its own this way).</summary>
    internal static SoundtrackReport Mix(Kinora.Production.Production production, DialogueTrack dialogue, string wavPath, SoundtrackOptions options, CancellationToken ct)
    {
        long frames = (long)Math.Round(production.Duration * AudioFormat.SampleRate);

        var premix = new LoudnessMeter(AudioFormat.SampleRate);
        Render(production, dialogue, options, frames, gainDb: 0, null, premix, null, ct);
        double measured = premix.IntegratedLufs;
        // A silent film has no loudness to normalise; leave its gain alone rather than amplify dither.
        double gainDb = double.IsFinite(measured) ? Math.Clamp(options.TargetLufs - measured, -60, options.MaxGainDb) : 0;

        string temporary = wavPath + ".tmp";
        try
        {
            LoudnessMeter final;
            TruePeakMeter peak;
            for (int attempt = 0; ; attempt++)
            {
                final = new LoudnessMeter(AudioFormat.SampleRate);
                peak = new TruePeakMeter();
                using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                    Render(production, dialogue, options, frames, gainDb, file, final, peak, ct);
                double error = options.TargetLufs - final.IntegratedLufs;
                double next = Math.Clamp(gainDb + error, -60, options.MaxGainDb);
                if (!double.IsFinite(error) || Math.Abs(error) <= LoudnessTolerance || attempt == 2 || next == gainDb) break;
                gainDb = next;
            }
            File.Move(temporary, wavPath, overwrite: true);
            return new SoundtrackReport(final.IntegratedLufs, peak.TruePeakDbtp, dialogue.Lines) { Mouths = dialogue.Mouths };
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// One pass over the film. Without a file it only meters the unnormalised mix; with one it applies the gain and
    /// the limiter, quantises, writes, and meters what was written.
    /// </summary>
    static void Render(Kinora.Production.Production production, DialogueTrack dialogue, SoundtrackOptions options, long frames,
        double gainDb, Stream? file, LoudnessMeter meter, TruePeakMeter? peak, CancellationToken ct)
    {
        var bed = new AmbienceBed(production, frames);
        var ducker = new Ducker(dialogue.Clips.Select(c => (c.StartFrame, c.EndFrame)), options.DuckingDb);
        var limiter = new Limiter(options.TruePeakCeilingDbtp - CeilingMargin);
        var quantizer = new PcmQuantizer(production.Bible.Seed);
        float gain = (float)AudioFormat.Gain(gainDb);
        var left = new float[Block];
        var right = new float[Block];
        var pcm = new short[2 * Block];
        var heardL = new float[Block];
        var heardR = new float[Block];
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
                bed.Render(l[..live], r[..live]);
                ducker.Apply(l[..live], r[..live]);
                dialogue.AddTo(at, l[..live], r[..live]);
            }
            if (file is null)
            {
                meter.Add(l, r);
                continue;
            }

            for (int i = 0; i < n; i++) { l[i] *= gain; r[i] *= gain; }
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
}
