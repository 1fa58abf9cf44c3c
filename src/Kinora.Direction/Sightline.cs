using System.Numerics;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// Whether the lens sees a point: the segment from the camera to it must clear the set's obstacles, its volumes
/// (a tree's crown, a hanging pan, a pendant lamp: <see cref="SetVolumes"/>), the picture vehicles and the other people in the scene. A body is a torso cylinder (radius 0.2 m, up to the shoulders at 82 % of the
/// height) with a head cylinder (radius 0.1 m) on top, so a line past a shoulder or beside a head, as an
/// over-the-shoulder shot has it, stays clear.
/// </summary>
internal static class Sightline
{
    public const float TorsoRadius = 0.2f, HeadRadius = 0.1f, ShoulderShare = 0.82f;

    // The last few centimetres before the eyes belong to the subject's own head.
    const float EyeMargin = 0.08f;

    /// <summary>True when an obstacle or someone other than the subject stands between camera and target (metres, world space).</summary>
    public static bool Blocked(Vector3 camera, Vector3 target, SetGeometry set, IReadOnlyList<ActorState> people, string? subject,
        PictureVehicles? vehicles = null) =>
        Blocker(camera, target, set, people, subject, vehicles) is not null;

    /// <summary>What stands between camera and target, in words ("a set piece at (x, y, z)", or a name), or null when the line is clear.</summary>
    public static string? Blocker(Vector3 camera, Vector3 target, SetGeometry set, IReadOnlyList<ActorState> people, string? subject,
        PictureVehicles? vehicles = null)
    {
        var span = target - camera;
        float length = span.Length();
        if (length < 1e-3f) return null;
        var end = camera + span * Math.Max(0, (length - EyeMargin) / length);
        foreach (var box in set.Obstacles)
            if (CameraTrack.Hits(camera, end, box))
                return FormattableString.Invariant($"a set piece at ({box.Centre.X:0.0}, {box.Centre.Y:0.0}, {box.Centre.Z:0.0}) {box.Size.X:0.0}×{box.Size.Y:0.0}×{box.Size.Z:0.0} m");
        if (set.Volumes.Blocker(camera, end) is { } volume)
            return FormattableString.Invariant($"a set piece at ({volume.Centre.X:0.0}, {volume.Centre.Y:0.0}, {volume.Centre.Z:0.0}) {volume.Size.X:0.0}×{volume.Size.Y:0.0}×{volume.Size.Z:0.0} m");
        if (vehicles is not null && vehicles.Volumes.Blocker(camera, end) is { } part)
            return FormattableString.Invariant($"a vehicle at ({part.Centre.X:0.0}, {part.Centre.Y:0.0}, {part.Centre.Z:0.0})");
        float ground = Framing.Ground(set);
        foreach (var person in people)
        {
            if (subject is not null && person.Name.Equals(subject, StringComparison.OrdinalIgnoreCase)) continue;
            float shoulders = person.Position.Y + ShoulderShare * person.Height;
            if (Crosses(camera, end, person.Position, TorsoRadius, Math.Min(ground, person.Position.Y), shoulders)
                || Crosses(camera, end, person.Position, HeadRadius, shoulders, person.Position.Y + person.Height)) return person.Name;
        }
        return null;
    }

    /// <summary>Whether segment a→b passes through the vertical cylinder of the given radius over [bottom, top] at centre's XZ.</summary>
    internal static bool Crosses(Vector3 a, Vector3 b, Vector3 centre, float radius, float bottom, float top)
    {
        // A camera standing inside a body is a different fault; the track planner keeps it out.
        float ax = a.X - centre.X, az = a.Z - centre.Z, dx = b.X - a.X, dz = b.Z - a.Z;
        float qa = dx * dx + dz * dz, qb = 2 * (ax * dx + az * dz), qc = ax * ax + az * az - radius * radius;
        if (qc <= 0) return false;
        if (qa < 1e-9f) return false;
        float disc = qb * qb - 4 * qa * qc;
        if (disc <= 0) return false;
        float root = MathF.Sqrt(disc);
        float u0 = Math.Max(0, (-qb - root) / (2 * qa)), u1 = Math.Min(1, (-qb + root) / (2 * qa));
        if (u0 > u1) return false;
        float y0 = a.Y + (b.Y - a.Y) * u0, y1 = a.Y + (b.Y - a.Y) * u1;
        return Math.Max(y0, y1) >= bottom && Math.Min(y0, y1) <= top;
    }
}
