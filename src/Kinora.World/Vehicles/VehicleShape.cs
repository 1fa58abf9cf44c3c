using System.Collections.Immutable;

namespace Kinora.World;

/// <summary>
/// A vehicle or a boat as the camera crew sees it at one instant: its box in the world and the parts it is drawn
/// with, posed where it stands then (a car's body, bonnet and seats; a boat's hull, wheelhouse and any mast), in
/// metres. The crew stands clear of it and counts it between the lens and the action like a set piece.
/// </summary>
public sealed record VehicleShape(string Id, VehicleKind Kind, Aabb Bounds, ImmutableArray<Instance> Parts);
