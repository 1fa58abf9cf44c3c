namespace Kinora.Audio;

/// <summary>
/// Zavalishin's trapezoidal state-variable filter. Used wherever a cutoff moves (surf swells, wind gusts):
/// unlike a biquad it stays stable and click-free while its frequency is retuned every few samples.
/// </summary>
internal struct StateVariableFilter
{
    double a1, a2, a3, k;
    double ic1, ic2;

    /// <summary>Sets the centre/cutoff in Hz and the quality; keeps the filter's state.</summary>
    public void Tune(double sampleRate, double hz, double q)
    {
        double g = Math.Tan(Math.PI * Math.Clamp(hz, 10, sampleRate * 0.45) / sampleRate);
        k = 1 / q;
        a1 = 1 / (1 + g * (g + k));
        a2 = g * a1;
        a3 = g * a2;
    }

    /// <summary>Advances one sample; returns the low-pass output and gives the band-pass (0 dB at centre).</summary>
    public double Process(double x, out double band)
    {
        double v3 = x - ic2;
        double v1 = a1 * ic1 + a2 * v3;
        double v2 = ic2 + a2 * ic1 + a3 * v3;
        ic1 = 2 * v1 - ic1;
        ic2 = 2 * v2 - ic2;
        band = v1 * k;
        return v2;
    }
}
