using System.Numerics;
using Kinora.Direction;

namespace Kinora.Render;

/// <summary>
/// One cascade of the sun's shadow map: its light view-projection (depth 0..1), the size of one of its texels in
/// metres, and where it lies in the shadow atlas (in texels).
/// </summary>
readonly record struct ShadowCascade(Matrix4x4 ViewProjection, float TexelMetres, int X, int Y, int Size);

/// <summary>
/// Cascaded sun shadows: two maps in one depth atlas, a sharp one (1024²) for the camera's first
/// <see cref="NearReach"/> metres and a wider one (1536²: far shadows are small on screen, and llvmpipe pays for
/// every texel it fills) out to <see cref="Reach"/>. Each is fit to a bounding sphere
/// of its slice of the frustum, so its size does not change while the camera turns, its radius rounded up to whole
/// metres (the texel size changes only in steps, when the lens changes) and its centre snapped to whole texels in the
/// light's view, so a shadow edge lands on the same texels from frame to frame and does not crawl as the camera
/// moves. The shader blends from the near map to the far one across the near map's outer band.
/// </summary>
static class ShadowFit
{
    /// <summary>How far from the camera (metres) the far cascade reaches; beyond it surfaces are unshadowed.</summary>
    public const float Reach = 50f;

    /// <summary>How far (metres) the near cascade reaches along the view.</summary>
    public const float NearReach = 12f;

    public const int NearSize = 1024, FarSize = 1536;

    /// <summary>The atlas holding both cascades side by side: near at the left (bottom), far to its right.</summary>
    public const int AtlasWidth = NearSize + FarSize, AtlasHeight = FarSize;

    const float DepthHalfRange = 400f, DepthStride = 8f;

    /// <summary>How many texels a cascade moves at a time when the camera drifts.</summary>
    const int StrideTexels = 32;

    /// <summary>The step (radians, 0.05°) the sun's elevation and azimuth are snapped to for the shadow maps.</summary>
    public const float SunStep = 0.05f * MathF.PI / 180f;

    /// <summary>
    /// The sun's direction snapped to <see cref="SunStep"/> in elevation and azimuth: the story clock moves the sun a
    /// little every frame, and snapped, the maps of a locked-off shot stay the same for seconds at a time (so the set's
    /// depth can be kept, GlRenderer.Shadows.cs). A step moves a shadow 9 mm at 10 m from its caster.
    /// </summary>
    public static Vector3 Steady(Vector3 towardSun)
    {
        var d = Vector3.Normalize(towardSun);
        float elevation = MathF.Round(MathF.Asin(Math.Clamp(d.Y, -1f, 1f)) / SunStep) * SunStep;
        float azimuth = MathF.Round(MathF.Atan2(d.X, d.Z) / SunStep) * SunStep;
        float flat = MathF.Cos(elevation);
        return new Vector3(flat * MathF.Sin(azimuth), MathF.Sin(elevation), flat * MathF.Cos(azimuth));
    }

    /// <summary>The two cascades for a camera and a sun direction, near first.</summary>
    public static ShadowCascade[] Fit(in CameraFrame camera, float aspect, Vector3 towardSun) =>
    [
        Fit(camera, aspect, towardSun, 0, NearReach, 0, NearSize),
        Fit(camera, aspect, towardSun, NearReach * 0.7f, Reach, NearSize, FarSize),
    ];

    static ShadowCascade Fit(in CameraFrame camera, float aspect, Vector3 towardSun, float near, float far, int atlasX, int size)
    {
        var forward = camera.Forward.LengthSquared() > 1e-12f ? Vector3.Normalize(camera.Forward) : -Vector3.UnitZ;
        float tanY = MathF.Tan(Math.Clamp(camera.VerticalFov, 0.01f, 3f) * 0.5f), tanX = tanY * aspect;
        // The smallest sphere around the slice [near, far] of the frustum: its centre on the axis where the corners
        // at both ends are equally far, or at the far end when that is nearer.
        float k2 = tanX * tanX + tanY * tanY;
        float centreDist = MathF.Min(far, (far + near) * 0.5f * (1 + k2));
        float radius = MathF.Sqrt((far - centreDist) * (far - centreDist) + far * far * k2);
        // The map moves in strides of StrideTexels texels, not one, so while a shot only drifts (a locked-off camera
        // reframing on its subject) it stays put for many frames; the sphere grows by the most a stride leaves it off
        // centre (√2 / 2 of one), rounded up to whole metres (the texel size changes only in steps).
        radius = MathF.Ceiling(radius * (1 + 1.42f * StrideTexels / size));
        var centre = camera.Position + forward * centreDist;

        var sun = Vector3.Normalize(towardSun);
        var up = MathF.Abs(sun.Y) > 0.99f ? Vector3.UnitZ : Vector3.UnitY;
        var rotation = Matrix4x4.CreateLookAt(Vector3.Zero, -sun, up);
        var c = Vector3.Transform(centre, rotation);
        float texel = 2 * radius / size, stride = texel * StrideTexels;
        float cx = MathF.Round(c.X / stride) * stride, cy = MathF.Round(c.Y / stride) * stride;
        float cz = MathF.Round(c.Z / DepthStride) * DepthStride; // the depth range too, or the matrix changes every frame
        var projection = Matrix4x4.CreateOrthographicOffCenter(cx - radius, cx + radius, cy - radius, cy + radius, -cz - DepthHalfRange, -cz + DepthHalfRange);
        return new ShadowCascade(rotation * projection, texel, atlasX, 0, size);
    }
}
