using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// Smooth random motion in [0, 1): new random targets at a given rate, eased between with smoothstep.
/// Drives gusts, swells and intensity drift so that nothing in a bed loops audibly.
/// </summary>
internal struct SlowRandom
{
    Pcg32 rng;
    double from, to, phase;
    readonly double step;

    /// <param name="rateHz">How many new targets per second.</param>
    /// <param name="tickSeconds">Time advanced by each call to <see cref="Next"/>, in seconds.</param>
    public SlowRandom(Pcg32 rng, double rateHz, double tickSeconds)
    {
        this.rng = rng;
        from = this.rng.NextDouble();
        to = this.rng.NextDouble();
        phase = this.rng.NextDouble();
        step = rateHz * tickSeconds;
    }

    public double Next()
    {
        phase += step;
        while (phase >= 1)
        {
            phase -= 1;
            from = to;
            to = rng.NextDouble();
        }
        double s = phase * phase * (3 - 2 * phase);
        return from + (to - from) * s;
    }
}
