using System.Numerics;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// An establishing extreme wide shows the place by what it is known for (<see cref="SetGeometry.Landmarks"/>: a
/// lighthouse, a tower), whole, with headroom above its top: the lens tilts up (the people sink in frame, no lower
/// than the lower third), then the camera steps back, and only then the lens widens, until it holds.
/// </summary>
public static class LandmarkFraming
{
    /// <summary>Room left above a landmark's top, in normalised device coordinates (a twentieth of the frame's height).</summary>
    public const float Headroom = 0.1f;

    /// <summary>Lowest the people's eyes may sink in frame to hold a landmark (normalised device coordinates).</summary>
    const float LowestEyes = -1f / 3f;

    /// <summary>Whether the shot is one that must hold the set's landmarks.</summary>
    public static bool Applies(Shot shot, SetGeometry set) => shot.Size == ShotSize.ExtremeWide && !set.Landmarks.IsDefaultOrEmpty;

    /// <summary>Whether every corner of the box lies in frame, below the headroom line.</summary>
    public static bool Whole(CameraFrame frame, float aspect, Aabb box)
    {
        for (int k = 0; k < 8; k++)
        {
            var corner = new Vector3((k & 1) == 0 ? box.Min.X : box.Max.X, (k & 2) == 0 ? box.Min.Y : box.Max.Y, (k & 4) == 0 ? box.Min.Z : box.Max.Z);
            if (!frame.TryProject(corner, aspect, out var ndc) || Math.Abs(ndc.X) > 1 || ndc.Y > 1 - Headroom || ndc.Y < -1) return false;
        }
        return true;
    }

    /// <summary>How many of the set's landmarks the frame cuts or leaves out.</summary>
    public static int Missing(CameraFrame frame, float aspect, SetGeometry set) =>
        set.Landmarks.IsDefaultOrEmpty ? 0 : set.Landmarks.Count(box => !Whole(frame, aspect, box));

    /// <summary>The camera a setup gives, aimed as a track aims it.</summary>
    internal static CameraFrame FrameOf(CameraSetup setup, float aspect)
    {
        float fov = CameraFrame.FovForFocalLength(setup.FocalLength);
        var camera = setup.Camera;
        var (forward, up) = Framing.Aim(camera, setup.Anchor, setup.ScreenX, setup.ScreenY, Math.Tan(fov / 2), aspect);
        return new CameraFrame(camera, forward, up, fov, Math.Max(0.1f, Vector3.Distance(camera, setup.Anchor)), 8);
    }

    /// <summary>
    /// Re-frames an establishing extreme wide so it holds the landmarks in view whole: those the lens looks toward
    /// (within its horizontal field) but cuts at the top or a side. A landmark out of view is left to the choice of
    /// where to stand, which counts it as missing.
    /// </summary>
    internal static CameraSetup Hold(CameraSetup setup, SetGeometry set, float aspect)
    {
        if (set.Landmarks.IsDefaultOrEmpty) return setup;
        var wanted = set.Landmarks.Where(box => Toward(setup, box, aspect)).ToArray();
        if (wanted.Length == 0) return setup;
        bool Holds(CameraSetup s)
        {
            var frame = FrameOf(s, aspect);
            return wanted.All(box => Whole(frame, aspect, box));
        }
        if (Holds(setup)) return setup;

        foreach (double wider in new[] { 1.0, 0.85, 0.72 })
            foreach (double back in new[] { 1.0, 1.2, 1.45, 1.75 })
            {
                var moved = setup with { Distance = setup.Distance * back, FocalLength = Math.Max(Lens.Widest, setup.FocalLength * wider) };
                // Tilt up by letting the people sink in frame, a twentieth of the frame at a time.
                for (float y = setup.ScreenY; y >= LowestEyes - 1e-3f; y -= 0.05f)
                {
                    foreach (float x in new[] { setup.ScreenX, setup.ScreenX - 0.25f, setup.ScreenX + 0.25f })
                    {
                        var tried = moved with { ScreenX = x, ScreenY = y };
                        if (Holds(tried)) return tried;
                    }
                }
            }
        return setup;
    }

    /// <summary>Whether the landmark's foot lies within the lens's horizontal field, seen from the setup's camera.</summary>
    static bool Toward(CameraSetup setup, Aabb box, float aspect)
    {
        var frame = FrameOf(setup, aspect);
        var foot = box.Centre with { Y = box.Min.Y };
        var to = foot - frame.Position;
        var flatForward = frame.Forward with { Y = 0 };
        to.Y = 0;
        if (to.LengthSquared() < 1e-4f || flatForward.LengthSquared() < 1e-6f) return false;
        double off = Math.Acos(Math.Clamp(Vector3.Dot(Vector3.Normalize(to), Vector3.Normalize(flatForward)), -1f, 1f));
        double halfWidth = Math.Atan(Math.Tan(frame.VerticalFov / 2) * aspect);
        return off < halfWidth;
    }
}
