namespace Kinora.Audio;

/// <summary>
/// 4× oversampling for true-peak detection (the method of BS.1770-4 Annex 2): a Kaiser-windowed sinc cut off at
/// the original Nyquist, 16 taps per phase. Given 16 consecutive samples it reconstructs the signal at the three
/// quarter-sample instants between the 8th and 9th.
/// </summary>
internal static class InterSamplePeak
{
    public const int Taps = 16;
    const double Beta = 7.0;

    /// <summary>[phase-1][tap] for phases 1..3 (phase 0 is the sample itself).</summary>
    static readonly float[][] Phases = Build();

    /// <summary>The largest sum of |taps| over the phases: |interpolated| ≤ this × the largest |sample| in the window.</summary>
    public static readonly float Overshoot = Phases.Max(p => p.Sum(Math.Abs));

    static float[][] Build()
    {
        var phases = new float[3][];
        for (int p = 1; p <= 3; p++)
        {
            var h = new float[Taps];
            double sum = 0;
            for (int k = 0; k < Taps; k++)
            {
                double tau = (Taps / 2 - 1) + p / 4.0 - k;
                double v = Kaiser.Sinc(tau) * Kaiser.Window(tau / (Taps / 2), Beta);
                h[k] = (float)v;
                sum += v;
            }
            for (int k = 0; k < Taps; k++) h[k] = (float)(h[k] / sum);
            phases[p - 1] = h;
        }
        return phases;
    }

    /// <summary>Largest |value| at the three quarter-sample points after window[Taps/2 - 1].</summary>
    public static float Between(ReadOnlySpan<float> window)
    {
        float peak = 0;
        foreach (var h in Phases)
        {
            float acc = 0;
            for (int k = 0; k < Taps; k++) acc += window[k] * h[k];
            peak = Math.Max(peak, Math.Abs(acc));
        }
        return peak;
    }
}
