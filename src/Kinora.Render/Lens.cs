using System.Numerics;
using Kinora.Direction;

namespace Kinora.Render;

/// <summary>
/// The thin-lens depth of field of a camera frame on a 35 mm full-frame sensor (24 mm tall, as
/// CameraFrame.FovForFocalLength assumes): the circle of confusion of a point at distance z is
/// f² / (N·(s − f)) · |z − s| / z on the sensor, for focal length f, f-number N and focus distance s.
/// </summary>
static class Lens
{
    const float SensorHeight = 0.024f; // metres

    /// <summary>Focal length in metres from the vertical field of view.</summary>
    public static float FocalLength(in CameraFrame camera) => SensorHeight * 0.5f / MathF.Tan(Math.Clamp(camera.VerticalFov, 0.01f, 3f) * 0.5f);

    /// <summary>
    /// Pixels of blur (diameter, in an image imageHeight pixels tall) per unit of |z − s| / z: the blur of the far
    /// distance, where |z − s| / z tends to 1. Zero for a pinhole (no aperture given).
    /// </summary>
    public static float BlurScale(in CameraFrame camera, int imageHeight)
    {
        if (!(camera.Aperture > 0) || !float.IsFinite(camera.Aperture)) return 0;
        float f = FocalLength(camera);
        float s = FocusDistance(camera);
        return f * f / (camera.Aperture * (s - f)) / SensorHeight * imageHeight;
    }

    /// <summary>The focus distance in metres, kept beyond the lens's closest focus.</summary>
    public static float FocusDistance(in CameraFrame camera)
    {
        float f = FocalLength(camera);
        float s = float.IsFinite(camera.FocusDistance) ? camera.FocusDistance : 1000f;
        return Math.Max(s, 1.5f * f + 0.05f);
    }

    /// <summary>Blur diameter in pixels of a point at distance z metres.</summary>
    public static float CircleOfConfusion(in CameraFrame camera, float z, int imageHeight) =>
        BlurScale(camera, imageHeight) * MathF.Abs(z - FocusDistance(camera)) / Math.Max(z, 1e-3f);

    /// <summary>
    /// The largest on-screen motion, in pixels of an image width × height, of points at the focus distance and far
    /// away across the frame between the previous camera and this one: how much camera motion blur there is.
    /// </summary>
    public static float ScreenMotion(in CameraFrame camera, in CameraFrame previous, int width, int height)
    {
        float aspect = (float)width / height;
        var now = CameraMatrices.For(camera, aspect);
        var before = CameraMatrices.For(previous, aspect);
        Matrix4x4.Invert(now.ViewProjection, out var inverse);
        float depthAtFocus = CameraMatrices.NearPlane / Math.Max(FocusDistance(camera), CameraMatrices.NearPlane); // reversed-Z, ≈ n / z
        float most = 0;
        foreach (float depth in new[] { depthAtFocus, 1e-4f })
        for (int i = 0; i < 9; i++)
        {
            var ndc = new Vector4(i % 3 - 1, i / 3 - 1, depth, 1);
            var world = Vector4.Transform(ndc, inverse);
            var clip = Vector4.Transform(world, before.ViewProjection);
            if (clip.W <= 1e-6f) return float.PositiveInfinity;
            float dx = (clip.X / clip.W - ndc.X) * 0.5f * width, dy = (clip.Y / clip.W - ndc.Y) * 0.5f * height;
            most = MathF.Max(most, MathF.Sqrt(dx * dx + dy * dy));
        }
        return most;
    }
}
