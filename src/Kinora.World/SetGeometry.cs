using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A built set: its static geometry, the playable area, the obstacles people and cameras must not enter,
/// and the marks where people stand. Immutable and identified by Id (location name + seed), so a renderer
/// uploads it once and reuses it whenever the location recurs.
/// </summary>
public sealed record SetGeometry(
    string Id,
    ImmutableArray<Instance> Instances,
    Aabb Stage,                       // where action happens, at ground level
    ImmutableArray<Aabb> Obstacles,   // walls, furniture, buildings: solid to actors and cameras
    ImmutableArray<Vector3> Marks,    // standing positions on the stage, in metres
    bool Interior,
    float CeilingHeight)              // interiors: the camera stays under it; exteriors: 0
{
    /// <summary>Lamps of the set (street lamps, lit windows, interior lamps) at full strength; the lighting scales them by the hour.</summary>
    public ImmutableArray<PointLight> Practicals { get; init; } = [];

    /// <summary>Rotating lamps (a lighthouse) whose beams sweep the night; the lighting turns and scales them by the hour.</summary>
    public ImmutableArray<Beacon> Beacons { get; init; } = [];

    /// <summary>Emissive instances that glow only when the lamps are on (lit windows, bulbs); Sample adds them to the frame's Dynamic list, scaled.</summary>
    public ImmutableArray<Instance> NightGlow { get; init; } = [];

    /// <summary>Chairs, benches and stools people may sit on.</summary>
    public ImmutableArray<Seat> Seats { get; init; } = [];

    /// <summary>Centres of window openings (metres) in interiors: daylight spills in through them.</summary>
    public ImmutableArray<Vector3> Windows { get; init; } = [];

    /// <summary>Hinged doors, drawn apart from the static geometry because they open and close.</summary>
    public ImmutableArray<Door> Doors { get; init; } = [];

    /// <summary>Every solid or leafy volume of the set by its true shape (crowns, trunks, rocks, hanging pans, lamps, walls): the camera stands outside them and cannot see through them.</summary>
    public SetVolumes Volumes { get; init; } = SetVolumes.Empty;

    /// <summary>
    /// What the place is known by (a lighthouse, a tower), as world boxes in metres: an establishing shot of the set
    /// holds each one whole, with headroom above its top.
    /// </summary>
    public ImmutableArray<Aabb> Landmarks { get; init; } = [];

    /// <summary>The parts of the set an action line may name and send someone to (<see cref="SetPlace"/>).</summary>
    public ImmutableArray<SetPlace> Places { get; init; } = [];

    /// <summary>
    /// The set's own parked cars and moored boats (dressing, not driven in the story), as the camera crew sees them: each
    /// one's box and parts, a boat's mast among them. The vehicles the action stages are the world's (<see cref="IWorldView.Vehicles"/>).
    /// </summary>
    public ImmutableArray<VehicleShape> ParkedVehicles { get; init; } = [];

    /// <summary>Which recipe built the set.</summary>
    public Kinora.Production.LocationKind Kind { get; init; }
}
