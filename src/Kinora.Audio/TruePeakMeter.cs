namespace Kinora.Audio;

/// <summary>
/// True peak of a stereo stream in dBTP: the largest of the samples and of the signal reconstructed at 4× the rate.
/// Stretches that cannot raise the peak found so far (bounded by the filter's overshoot) are skipped, so metering a
/// long, mostly quiet film costs little.
/// </summary>
public sealed class TruePeakMeter
{
    const int History = InterSamplePeak.Taps - 1;
    readonly float[][] tail = [new float[History], new float[History]];
    float[] work = [];
    float peak;

    /// <summary>Adds consecutive stereo frames (linear, full scale = 1).</summary>
    public void Add(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        if (left.Length != right.Length) throw new ArgumentException("channels differ in length");
        Channel(0, left);
        Channel(1, right);
    }

    void Channel(int c, ReadOnlySpan<float> samples)
    {
        int n = History + samples.Length;
        if (work.Length < n) work = new float[n];
        var w = work.AsSpan(0, n);
        tail[c].CopyTo(w);
        samples.CopyTo(w[History..]);

        float loudest = 0;
        foreach (var s in w) loudest = Math.Max(loudest, Math.Abs(s));
        foreach (var s in samples) peak = Math.Max(peak, Math.Abs(s));
        if (loudest * InterSamplePeak.Overshoot > peak)
        {
            for (int j = 0; j + InterSamplePeak.Taps <= n; j++)
                peak = Math.Max(peak, InterSamplePeak.Between(w.Slice(j, InterSamplePeak.Taps)));
        }
        w[(n - History)..].CopyTo(tail[c]);
    }

    /// <summary>Linear true peak (full scale = 1).</summary>
    public double Peak => peak;

    /// <summary>True peak in dBTP; −∞ for silence.</summary>
    public double TruePeakDbtp => peak <= 0 ? double.NegativeInfinity : 20 * Math.Log10(peak);
}
