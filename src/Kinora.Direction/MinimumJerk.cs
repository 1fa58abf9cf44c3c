namespace Kinora.Direction;

/// <summary>
/// The minimum-jerk profile s(u) = 10u³ − 15u⁴ + 6u⁵ (Flash &amp; Hogan 1985): starts and stops with zero velocity
/// and acceleration, so a move built on it is C2 and reads as a grip's hand rather than a machine.
/// Peaks for a move of length D over T seconds: speed 1.875 D/T, acceleration 5.774 D/T², jerk 60 D/T³.
/// </summary>
public static class MinimumJerk
{
    public const double PeakSpeed = 1.875;
    public const double PeakAcceleration = 5.7735026918962576;
    public const double PeakJerk = 60.0;

    /// <summary>Progress 0..1 at normalised time u (clamped to 0..1).</summary>
    public static double Ease(double u)
    {
        u = Math.Clamp(u, 0, 1);
        return u * u * u * (10 + u * (-15 + 6 * u));
    }

    /// <summary>
    /// The largest move (in the rig's units: metres or radians) that keeps within the given peak speed,
    /// acceleration and jerk when spread over duration seconds.
    /// </summary>
    public static double LargestMove(double duration, double maxSpeed, double maxAcceleration, double maxJerk)
    {
        if (duration <= 0) return 0;
        return Math.Min(maxSpeed * duration / PeakSpeed,
            Math.Min(maxAcceleration * duration * duration / PeakAcceleration, maxJerk * duration * duration * duration / PeakJerk));
    }
}
