namespace Kinora.Audio;

/// <summary>The Kaiser window and windowed-sinc kernel shared by the resampler and the true-peak oversampler.</summary>
internal static class Kaiser
{
    /// <summary>Kaiser window at x in [-1, 1] with shape <paramref name="beta"/>.</summary>
    public static double Window(double x, double beta)
    {
        if (Math.Abs(x) >= 1) return 0;
        return BesselI0(beta * Math.Sqrt(1 - x * x)) / BesselI0(beta);
    }

    /// <summary>sin(πx)/(πx).</summary>
    public static double Sinc(double x) => Math.Abs(x) < 1e-12 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);

    static double BesselI0(double x)
    {
        // Power series; converges quickly for the betas used here (< 12).
        double sum = 1, term = 1, q = x * x / 4;
        for (int k = 1; k < 50; k++)
        {
            term *= q / (k * k);
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return sum;
    }
}
