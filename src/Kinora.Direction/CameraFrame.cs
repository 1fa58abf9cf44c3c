using System.Numerics;

namespace Kinora.Direction;

/// <summary>
/// The camera at one instant: position in metres, unit forward and up vectors, vertical field of view in
/// radians, focus distance in metres, aperture as an f-number.
/// </summary>
public readonly record struct CameraFrame(Vector3 Position, Vector3 Forward, Vector3 Up, float VerticalFov, float FocusDistance, float Aperture)
{
    /// <summary>The crew's lamps on the faces for this frame (<see cref="KeyLighting"/>); none unless a track sets them.</summary>
    public CrewLights Lights { get; init; }

    public Matrix4x4 View => Matrix4x4.CreateLookAt(Position, Position + Forward, Up);

    /// <summary>Perspective projection for a frame of the given width/height ratio (near 5 cm, far 5 km).</summary>
    public Matrix4x4 Projection(float aspect) => Matrix4x4.CreatePerspectiveFieldOfView(VerticalFov, aspect, 0.05f, 5000f);

    /// <summary>
    /// Where a world point lands in the frame, in normalised device coordinates (−1..1 both ways, +Y up);
    /// false when it is behind the camera.
    /// </summary>
    public bool TryProject(Vector3 point, float aspect, out Vector2 ndc)
    {
        var clip = Vector4.Transform(new Vector4(point, 1), View * Projection(aspect));
        if (clip.W <= 1e-6f) { ndc = default; return false; }
        ndc = new Vector2(clip.X / clip.W, clip.Y / clip.W);
        return true;
    }

    /// <summary>Vertical field of view for a focal length on a 35 mm full-frame sensor (24 mm tall).</summary>
    public static float FovForFocalLength(double millimetres) => (float)(2 * Math.Atan(12.0 / millimetres));
}
