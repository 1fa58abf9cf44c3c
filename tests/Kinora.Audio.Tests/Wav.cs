using System.Buffers.Binary;

namespace Kinora.Audio.Tests;

/// <summary>A 16-bit PCM or 32-bit float WAV file read back for measurement.</summary>
sealed record Wav(int SampleRate, int Channels, int BitsPerSample, float[] Left, float[] Right)
{
    public static Wav Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
        int pos = 12, rate = 0, channels = 0, bits = 0;
        while (pos + 8 <= bytes.Length)
        {
            string id = System.Text.Encoding.ASCII.GetString(bytes, pos, 4);
            int size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(pos + 4));
            if (id == "fmt ")
            {
                channels = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(pos + 10));
                rate = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(pos + 12));
                bits = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(pos + 22));
            }
            else if (id == "data")
            {
                Assert.Equal(bytes.Length - pos - 8, size);
                int frames = size / (bits / 8 * channels);
                var l = new float[frames];
                var r = new float[frames];
                for (int f = 0; f < frames; f++)
                {
                    if (bits == 32)
                    {
                        l[f] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(pos + 8 + 8 * f));
                        r[f] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(pos + 12 + 8 * f));
                        continue;
                    }
                    l[f] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(pos + 8 + 4 * f)) / 32768f;
                    r[f] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(pos + 10 + 4 * f)) / 32768f;
                }
                return new Wav(rate, channels, bits, l, r);
            }
            pos += 8 + size;
        }
        throw new InvalidDataException("no data chunk");
    }

    /// <summary>RMS level of both channels over [from, to) seconds, in dBFS.</summary>
    public double RmsDb(double from, double to)
    {
        int a = (int)(from * SampleRate), b = Math.Min(Left.Length, (int)(to * SampleRate));
        double e = 0;
        for (int i = a; i < b; i++) e += Left[i] * (double)Left[i] + Right[i] * (double)Right[i];
        return 10 * Math.Log10(e / (2.0 * Math.Max(1, b - a)) + 1e-20);
    }

    /// <summary>Median fundamental frequency (Hz) of the voiced 40 ms frames in [from, to) seconds, by normalised autocorrelation.</summary>
    public double MedianPitch(double from, double to)
    {
        const int frame = 1920, hop = 480;
        int minLag = SampleRate / 400, maxLag = SampleRate / 70;
        var pitches = new List<double>();
        int a = (int)(from * SampleRate), b = (int)(to * SampleRate);
        var x = new double[frame + maxLag];
        for (int start = a; start + frame + maxLag < b; start += hop)
        {
            double energy = 0;
            for (int i = 0; i < x.Length; i++) { x[i] = 0.5 * (Left[start + i] + Right[start + i]); }
            for (int i = 0; i < frame; i++) energy += x[i] * x[i];
            if (energy / frame < 1e-4) continue;
            double best = 0; int bestLag = 0;
            for (int lag = minLag; lag <= maxLag; lag++)
            {
                double c = 0, e2 = 0;
                for (int i = 0; i < frame; i++) { c += x[i] * x[i + lag]; e2 += x[i + lag] * x[i + lag]; }
                double n = c / Math.Sqrt(energy * e2 + 1e-20);
                if (n > best) { best = n; bestLag = lag; }
            }
            if (best > 0.6) pitches.Add(SampleRate / (double)bestLag);
        }
        Assert.True(pitches.Count >= 5, $"too few voiced frames in [{from:F2}, {to:F2})");
        pitches.Sort();
        return pitches[pitches.Count / 2];
    }
}
