using System.Numerics;
using Kinora.Direction;

namespace Kinora.Render;

/// <summary>
/// One sun shadow map fit to a bounding sphere of the camera's frustum out to <see cref="Reach"/> metres. A
/// sphere (not a box) keeps the map's size constant while the camera turns, and snapping its centre to whole
/// texels stops the shadow edges from crawling as the camera moves.
/// </summary>
static class ShadowFit
{
    public const float Reach = 45f;
    const float DepthHalfRange = 400f;

    /// <summary>Light view-projection (depth 0..1) and the size of one texel in metres.</summary>
    public static (Matrix4x4 ViewProjection, float TexelMetres) Fit(in CameraFrame camera, float aspect, Vector3 towardSun, int mapSize)
    {
        var forward = camera.Forward.LengthSquared() > 1e-12f ? Vector3.Normalize(camera.Forward) : -Vector3.UnitZ;
        float tanY = MathF.Tan(Math.Clamp(camera.VerticalFov, 0.01f, 3f) * 0.5f), tanX = tanY * aspect;
        // Sphere around the slice [near, Reach]: centre on the axis where it minimises the radius.
        float far = Reach, k2 = tanX * tanX + tanY * tanY;
        float centreDist = MathF.Min(far, far * 0.5f * (1 + k2));
        float radius = MathF.Sqrt(MathF.Pow(far - centreDist, 2) + far * far * k2);
        radius = MathF.Ceiling(radius); // whole metres: the texel size changes only in steps
        var centre = camera.Position + forward * centreDist;

        var sun = Vector3.Normalize(towardSun);
        var up = MathF.Abs(sun.Y) > 0.99f ? Vector3.UnitZ : Vector3.UnitY;
        var rotation = Matrix4x4.CreateLookAt(Vector3.Zero, -sun, up);
        var c = Vector3.Transform(centre, rotation);
        float texel = 2 * radius / mapSize;
        float cx = MathF.Floor(c.X / texel) * texel, cy = MathF.Floor(c.Y / texel) * texel;
        var projection = Matrix4x4.CreateOrthographicOffCenter(cx - radius, cx + radius, cy - radius, cy + radius, -c.Z - DepthHalfRange, -c.Z + DepthHalfRange);
        return (rotation * projection, texel);
    }
}
