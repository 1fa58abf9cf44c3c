using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>
/// What has happened to a set so far in the story: where each prop came to rest (by id, e.g. "box 2"), how far
/// each door stands open (radians, by index in <see cref="SetGeometry.Doors"/>), and where each vehicle is
/// parked. Carried from scene to scene in story order, so the next scene at a location starts as the last left it.
/// </summary>
public sealed record SetState(
    ImmutableSortedDictionary<string, (PropDesign Design, RigidPose Pose)> Props,
    ImmutableSortedDictionary<int, float> Doors,
    ImmutableSortedDictionary<string, (VehicleDesign Design, Vector3 At, float Heading)> Vehicles)
{
    /// <summary>A set as its recipe built it: every door shut, nothing moved, nothing parked.</summary>
    public static readonly SetState Untouched = new(
        ImmutableSortedDictionary.Create<string, (PropDesign, RigidPose)>(StringComparer.Ordinal),
        ImmutableSortedDictionary<int, float>.Empty,
        ImmutableSortedDictionary.Create<string, (VehicleDesign, Vector3, float)>(StringComparer.Ordinal));

    public float DoorAngle(int door) => Doors.GetValueOrDefault(door);
}
