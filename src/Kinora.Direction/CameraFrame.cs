using System.Numerics;

namespace Kinora.Direction;

/// <summary>
/// The camera at one instant: position in metres, unit forward and up vectors, vertical field of view in
/// radians, focus distance in metres, aperture as an f-number.
/// </summary>
public readonly record struct CameraFrame(Vector3 Position, Vector3 Forward, Vector3 Up, float VerticalFov, float FocusDistance, float Aperture)
{
    public Matrix4x4 View => Matrix4x4.CreateLookAt(Position, Position + Forward, Up);

    /// <summary>Vertical field of view for a focal length on a 35 mm full-frame sensor (24 mm tall).</summary>
    public static float FovForFocalLength(double millimetres) => (float)(2 * Math.Atan(12.0 / millimetres));
}
