using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Light for one instant. SunDirection points from the ground toward the sun (or the moon at night, whichever
/// lights the scene); colours are linear radiance. Elevation and azimuth are the sun's, in radians
/// (azimuth clockwise from north, north = −Z, east = +X).
/// </summary>
public sealed record Lighting(
    Vector3 SunDirection,
    Vector3 SunColour,
    Vector3 SkyZenith,
    Vector3 SkyHorizon,
    Vector3 Ambient,
    double SunElevation,
    double SunAzimuth,
    ImmutableArray<PointLight> Practicals,
    float Exposure)
{
    /// <summary>Beams from the set's beacons at this instant (two per lighthouse at night, none by day).</summary>
    public ImmutableArray<LightBeam> Beams { get; init; } = [];

    /// <summary>The exposure to use: <see cref="Exposure"/>, or 1 when it is not a positive number.</summary>
    public float UsableExposure => float.IsFinite(Exposure) && Exposure > 0 ? Exposure : 1f;

    /// <summary>Rec. 709 luminance of a linear colour.</summary>
    public static float Luminance(Vector3 linear) => 0.2126f * linear.X + 0.7152f * linear.Y + 0.0722f * linear.Z;
}

/// <summary>A lamp: position in metres, linear colour times intensity, range in metres.</summary>
public readonly record struct PointLight(Vector3 Position, Vector3 Colour, float Range);
