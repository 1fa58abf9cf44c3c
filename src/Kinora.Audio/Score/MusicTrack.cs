using System.Buffers.Binary;

namespace Kinora.Audio;

/// <summary>
/// The rendered score, read from FluidSynth's raw output block by block at a fixed gain, silent past its end and
/// faded over its last 10 ms of film so a held chord never clicks off. Each pass over the film opens its own reader.
/// </summary>
internal sealed class MusicTrack : IDisposable
{
    const int EdgeFade = AudioFormat.SampleRate / 100;
    readonly FileStream? file;
    readonly float gain;
    readonly long filmFrames;
    byte[] buffer = [];
    long position;

    /// <param name="rawPath">Interleaved little-endian float stereo at 48 kHz; null for no music.</param>
    public MusicTrack(string? rawPath, double gainDb, long filmFrames)
    {
        if (rawPath is not null) file = new FileStream(rawPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        gain = (float)AudioFormat.Gain(gainDb);
        this.filmFrames = filmFrames;
    }

    /// <summary>Writes (not adds) the next left.Length frames.</summary>
    public void Render(Span<float> left, Span<float> right)
    {
        int n = left.Length;
        left.Clear();
        right.Clear();
        if (file is not null)
        {
            if (buffer.Length < 8 * n) buffer = new byte[8 * n];
            int got = file.ReadAtLeast(buffer.AsSpan(0, 8 * n), 8 * n, throwOnEndOfStream: false) / 8;
            for (int i = 0; i < got; i++)
            {
                float g = gain;
                long left0 = filmFrames - (position + i);
                if (left0 <= EdgeFade) g *= Math.Max(0, (left0 - 0.5f) / EdgeFade);
                left[i] = BinaryPrimitives.ReadSingleLittleEndian(buffer.AsSpan(8 * i)) * g;
                right[i] = BinaryPrimitives.ReadSingleLittleEndian(buffer.AsSpan(8 * i + 4)) * g;
            }
        }
        position += n;
    }

    /// <summary>Integrated loudness of a rendered score (LUFS), read through once.</summary>
    public static double Loudness(string rawPath, long frames)
    {
        var meter = new LoudnessMeter(AudioFormat.SampleRate);
        using var track = new MusicTrack(rawPath, 0, long.MaxValue);
        var l = new float[4800];
        var r = new float[4800];
        for (long at = 0; at < frames; at += l.Length)
        {
            int n = (int)Math.Min(l.Length, frames - at);
            track.Render(l.AsSpan(0, n), r.AsSpan(0, n));
            meter.Add(l.AsSpan(0, n), r.AsSpan(0, n));
        }
        return meter.IntegratedLufs;
    }

    public void Dispose() => file?.Dispose();
}
