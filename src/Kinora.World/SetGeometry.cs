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
    float CeilingHeight);             // interiors: the camera stays under it; exteriors: 0
