using System.Numerics;
using Kinora.Core;

namespace Kinora.Direction;

/// <summary>
/// An operator's sway: a few slow sines per axis (0.5–2 Hz) with seeded phases, a centimetre or two of drift
/// and a fraction of a degree of wobble. Smooth by construction, so it never breaks the rig's jerk limit, and a
/// pure function of time, so every frame of a render agrees.
/// </summary>
internal sealed class HandheldShake
{
    // Amplitudes fall as frequency rises, as a body's sway does; jerk stays near 20 m/s³ at the peak.
    static readonly (double Amplitude, double MinHz, double MaxHz)[] Sway = [(0.012, 0.5, 0.9), (0.006, 1.0, 1.4), (0.003, 1.6, 2.0)];
    static readonly (double Amplitude, double MinHz, double MaxHz)[] Wobble = [(0.004, 0.5, 0.9), (0.002, 1.1, 1.6)];

    readonly (double A, double W, double Phase)[][] position = new (double, double, double)[3][];
    readonly (double A, double W, double Phase)[][] rotation = new (double, double, double)[2][];

    public HandheldShake(long seed, string shotId)
    {
        var dice = Pcg32.For(seed, "handheld/" + shotId);
        for (int axis = 0; axis < 3; axis++) position[axis] = Draw(Sway, ref dice);
        for (int axis = 0; axis < 2; axis++) rotation[axis] = Draw(Wobble, ref dice);
    }

    static (double, double, double)[] Draw((double Amplitude, double MinHz, double MaxHz)[] bands, ref Pcg32 dice)
    {
        var terms = new (double, double, double)[bands.Length];
        for (int i = 0; i < bands.Length; i++)
            terms[i] = (bands[i].Amplitude, 2 * Math.PI * dice.Range(bands[i].MinHz, bands[i].MaxHz), dice.Range(0, 2 * Math.PI));
        return terms;
    }

    static double Sum((double A, double W, double Phase)[] terms, double t)
    {
        double s = 0;
        foreach (var (a, w, phase) in terms) s += a * Math.Sin(w * t + phase);
        return s;
    }

    /// <summary>Offset of the camera in metres, t in seconds from the start of the shot.</summary>
    public Vector3 Offset(double t) => new((float)Sum(position[0], t), (float)Sum(position[1], t), (float)Sum(position[2], t));

    /// <summary>Extra pan and tilt in radians.</summary>
    public (double Pan, double Tilt) Turn(double t) => (Sum(rotation[0], t), Sum(rotation[1], t));
}
