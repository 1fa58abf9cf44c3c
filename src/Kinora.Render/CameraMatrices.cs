using System.Numerics;
using Kinora.Direction;

namespace Kinora.Render;

/// <summary>
/// View and projection for a camera frame. The projection is reversed-Z (near → depth 1, far → 0) with a
/// float depth buffer and glClipControl(ZERO_TO_ONE), which keeps precision from a 5 cm close-up to a
/// kilometre of street.
/// </summary>
readonly record struct CameraMatrices(Matrix4x4 View, Matrix4x4 Projection, Matrix4x4 ViewProjection, float Near, float Far)
{
    public const float NearPlane = 0.05f;
    public const float FarPlane = 3000f;

    public static CameraMatrices For(in CameraFrame camera, float aspect)
    {
        var forward = SafeNormalize(camera.Forward, -Vector3.UnitZ);
        var up = SafeNormalize(camera.Up, Vector3.UnitY);
        if (MathF.Abs(Vector3.Dot(forward, up)) > 0.999f) up = MathF.Abs(forward.Y) < 0.9f ? Vector3.UnitY : Vector3.UnitZ;
        var view = Matrix4x4.CreateLookAt(camera.Position, camera.Position + forward, up);
        float fov = Math.Clamp(camera.VerticalFov, 0.01f, 3.0f);
        float yScale = 1f / MathF.Tan(fov * 0.5f), xScale = yScale / aspect;
        float n = NearPlane, f = FarPlane;
        var projection = new Matrix4x4(
            xScale, 0, 0, 0,
            0, yScale, 0, 0,
            0, 0, n / (f - n), -1,
            0, 0, n * f / (f - n), 0);
        return new(view, projection, view * projection, n, f);
    }

    static Vector3 SafeNormalize(Vector3 v, Vector3 fallback) =>
        v.LengthSquared() > 1e-12f && float.IsFinite(v.LengthSquared()) ? Vector3.Normalize(v) : fallback;
}
