using System.Numerics;
using System.Runtime.CompilerServices;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// Tangents: a pole, a post, a mast or a tree trunk standing just beside a face in the picture reads as growing out
/// of the head. An operator moves a little sideways until the nearest tall thin upright clears the face by about a
/// face's width. The uprights are the set's tall thin pieces (lamp posts, masts of moored boats, trunks, door posts)
/// and those of the picture vehicles.
/// </summary>
public static class Tangents
{
    /// <summary>A face's width, in metres.</summary>
    public const float FaceWidth = 0.16f;

    /// <summary>The gap (in face widths, in the picture) an upright must keep from the face's edge.</summary>
    public const double Wanted = 1.0;

    /// <summary>An upright is at least this tall (metres) and no wider than <see cref="Thin"/> across.</summary>
    const float Tall = 1.8f, Thin = 0.6f;

    /// <summary>Half the height of a face about the eyes (metres): an upright that reaches this band stands beside the face.</summary>
    const float FaceBand = 0.15f;

    /// <summary>One upright: its foot (centre of its base, metres), the height of its top, and its radius.</summary>
    internal readonly record struct Upright(Vector3 Foot, float Top, float Radius);

    static readonly ConditionalWeakTable<SetGeometry, Upright[]> uprights = new();

    /// <summary>The set's uprights, found once a set.</summary>
    internal static Upright[] Of(SetGeometry set) => uprights.GetValue(set, s => [.. Of(s.Instances)]);

    /// <summary>The tall thin pieces among instances (glass and planes hide nothing and are left out).</summary>
    internal static IEnumerable<Upright> Of(IEnumerable<Instance> instances)
    {
        foreach (var inst in instances)
        {
            if (inst.Shape == Primitive.Plane || inst.Material.Glass) continue;
            var box = VehicleStaging.BoundsOf(inst);
            var size = box.Size;
            if (size.Y < Tall || size.X > Thin || size.Z > Thin || size.Y < 3 * MathF.Max(size.X, size.Z)) continue;
            yield return new Upright(box.Centre with { Y = box.Min.Y }, box.Max.Y, 0.5f * MathF.Max(size.X, size.Z));
        }
    }

    /// <summary>
    /// How far (in face widths, between the edges in the picture) the nearest upright that reaches the face's height
    /// stands from the face whose eyes are at eyes (metres); +∞ when none stands near it in view. Below
    /// <see cref="Wanted"/> the upright is a tangent; below zero it crosses the face.
    /// </summary>
    public static double Clearance(CameraFrame frame, float aspect, Vector3 eyes, SetGeometry set, IWorldView? world = null, double t = 0)
    {
        ArgumentNullException.ThrowIfNull(set);
        var vehicles = world is null ? null : PictureVehicles.At(world, set, t);
        return Clearance(frame, aspect, eyes, Of(set), vehicles);
    }

    internal static double Clearance(CameraFrame frame, float aspect, Vector3 eyes, IReadOnlyList<Upright> set, PictureVehicles? vehicles)
    {
        double tanHalf = Math.Tan(frame.VerticalFov / 2) * aspect;
        float ze = Vector3.Dot(eyes - frame.Position, frame.Forward);
        if (ze < 0.1f || !frame.TryProject(eyes, aspect, out var face)) return double.PositiveInfinity;
        double faceWidth = FaceWidth / (ze * tanHalf);
        double nearest = double.PositiveInfinity;
        void Measure(Upright u)
        {
            // The upright's point at the eyes' height, where it would stand beside the face.
            float y = Math.Clamp(eyes.Y, u.Foot.Y, u.Top);
            if (Math.Abs(y - eyes.Y) > FaceBand) return;
            var p = u.Foot with { Y = y };
            float zp = Vector3.Dot(p - frame.Position, frame.Forward);
            if (zp < 0.1f || !frame.TryProject(p, aspect, out var at) || Math.Abs(at.X) > 1.2f) return;
            double gap = Math.Abs(at.X - face.X) - u.Radius / (zp * tanHalf) - faceWidth / 2;
            nearest = Math.Min(nearest, gap / faceWidth);
        }
        foreach (var u in set) Measure(u);
        if (vehicles is not null) foreach (var u in vehicles.Uprights) Measure(u);
        return nearest;
    }
}
