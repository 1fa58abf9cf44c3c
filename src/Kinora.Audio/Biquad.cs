namespace Kinora.Audio;

/// <summary>
/// A fixed second-order filter (RBJ cookbook), transposed direct form II. State is double so that quiet,
/// minutes-long beds do not collect float rounding noise.
/// </summary>
internal struct Biquad
{
    double b0, b1, b2, a1, a2;
    double z1, z2;

    Biquad(double b0, double b1, double b2, double a0, double a1, double a2)
    {
        this.b0 = b0 / a0; this.b1 = b1 / a0; this.b2 = b2 / a0;
        this.a1 = a1 / a0; this.a2 = a2 / a0;
    }

    /// <summary>Low-pass at <paramref name="hz"/> (Hz) with quality <paramref name="q"/>; sample rate in Hz.</summary>
    public static Biquad LowPass(double sampleRate, double hz, double q = 0.7071)
    {
        var (cos, alpha) = Prewarp(sampleRate, hz, q);
        return new((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    public static Biquad HighPass(double sampleRate, double hz, double q = 0.7071)
    {
        var (cos, alpha) = Prewarp(sampleRate, hz, q);
        return new((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    /// <summary>Band-pass with 0 dB gain at the centre frequency.</summary>
    public static Biquad BandPass(double sampleRate, double hz, double q)
    {
        var (cos, alpha) = Prewarp(sampleRate, hz, q);
        return new(alpha, 0, -alpha, 1 + alpha, -2 * cos, 1 - alpha);
    }

    /// <summary>Raw coefficients, normalised so that a0 = 1 (used for the K-weighting of BS.1770).</summary>
    public static Biquad FromCoefficients(double b0, double b1, double b2, double a1, double a2) => new(b0, b1, b2, 1, a1, a2);

    static (double Cos, double Alpha) Prewarp(double sampleRate, double hz, double q)
    {
        double w = 2 * Math.PI * Math.Min(hz, sampleRate * 0.49) / sampleRate;
        return (Math.Cos(w), Math.Sin(w) / (2 * q));
    }

    public double Process(double x)
    {
        double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return y;
    }
}
