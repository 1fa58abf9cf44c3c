using System.Numerics;

namespace Kinora.Direction;

/// <summary>
/// Rays through a frame, the way the checks that look through the lens cast them (a set piece in the foreground, a crown
/// overhead, the near head of an over-the-shoulder, a car cut by a side): the frame's half-extents and its right vector
/// are worked out once, then each ray by its place in the picture.
/// </summary>
readonly struct LensRays(CameraFrame frame, float aspect)
{
    readonly float tanHalf = MathF.Tan(frame.VerticalFov / 2);
    readonly Vector3 right = Vector3.Normalize(Vector3.Cross(frame.Forward, frame.Up));

    /// <summary>The unit direction through the picture at (x, y), normalised device coordinates (−1..1, +Y up).</summary>
    public Vector3 Through(float x, float y) =>
        Vector3.Normalize(frame.Forward + right * (x * tanHalf * aspect) + frame.Up * (y * tanHalf));

    /// <summary>The middle of cell k of n across a span of the picture, in normalised device coordinates.</summary>
    public static float Cell(int k, int n) => 2 * (k + 0.5f) / n - 1;
}
