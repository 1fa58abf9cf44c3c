using Kinora.Core;

namespace Kinora.Direction;

/// <summary>
/// The lens box: which primes suit which shot size (millimetres on a 35 mm full-frame sensor), and the stop to
/// shoot them at. Tight shots open up so the background falls away; wide shots stop down to hold the set sharp.
/// </summary>
public static class Lens
{
    static readonly double[][] Primes =
    [
        [18, 21, 24],   // ExtremeWide
        [28, 32, 35],   // Wide
        [35, 40],       // Full
        [40, 50],       // Medium
        [65, 75, 85],   // MediumClose
        [85, 100],      // Close
        [135],          // ExtremeClose
    ];

    static readonly double[] Stops = [8, 5.6, 4, 2.8, 2.2, 2, 2];

    /// <summary>The shortest and longest prime for a size, in mm.</summary>
    public static (double Min, double Max) Range(ShotSize size) => (Primes[(int)size][0], Primes[(int)size][^1]);

    /// <summary>A prime for the size, drawn from the shot's own random stream.</summary>
    public static double Pick(ShotSize size, ref Pcg32 dice)
    {
        var choices = Primes[(int)size];
        return choices[dice.Next(choices.Length)];
    }

    /// <summary>The f-number for a size.</summary>
    public static double Aperture(ShotSize size) => Stops[(int)size];

    /// <summary>Shortest focal length a track may fall back to when it must come closer than planned, in mm.</summary>
    public const double Widest = 12;
}
