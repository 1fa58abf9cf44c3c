using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A rotating lamp that throws two opposite beams (a lighthouse): the lamp's position in metres, the beams' on-axis
/// colour × intensity at full strength (linear; irradiance times (distance² + 1 m²)), their half-angle in radians,
/// the distance in metres over which the air and spread thin them by e, the seconds one turn takes, and the tilt
/// of the beams below the horizontal in radians.
/// </summary>
public readonly record struct Beacon(Vector3 Position, Vector3 Colour, float HalfAngle, float Range, float Period, float Tilt);

/// <summary>One beam at an instant: from Origin along the unit Direction, with the beacon's colour (scaled by the hour), half-angle and range.</summary>
public readonly record struct LightBeam(Vector3 Origin, Vector3 Direction, Vector3 Colour, float HalfAngle, float Range);
