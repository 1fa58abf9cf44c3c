using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// The picture vehicles at one instant: the set's own parked cars and moored boats and the vehicles the scene stages,
/// where they stand or drive then. The crew keeps the camera out of them, counts them on the lens's sightlines, counts
/// a car's low flank in the foreground as it counts a set piece (<see cref="Foreground"/>), and keeps a boat's mast
/// off a face (<see cref="Tangents"/>).
/// </summary>
public sealed class PictureVehicles
{
    /// <summary>No vehicles.</summary>
    public static readonly PictureVehicles None = new([]);

    static readonly ConditionalWeakTable<SetGeometry, PictureVehicles> parked = new();

    readonly ImmutableArray<VehicleShape> shapes;

    PictureVehicles(ImmutableArray<VehicleShape> shapes)
    {
        this.shapes = shapes;
        Bounds = [.. shapes.Select(s => s.Bounds)];
        Volumes = shapes.IsEmpty ? SetVolumes.Empty : SetVolumes.Of([.. shapes.SelectMany(s => s.Parts)]);
        Uprights = [.. Tangents.Of(shapes.SelectMany(s => s.Parts))];
    }

    /// <summary>How many vehicles there are.</summary>
    public int Count => shapes.Length;

    /// <summary>Each vehicle's box in the world (metres).</summary>
    public ImmutableArray<Aabb> Bounds { get; }

    /// <summary>The parts of every vehicle by their true shapes, for sightlines and the foreground.</summary>
    public SetVolumes Volumes { get; }

    SetVolumes[]? each;

    /// <summary>Each vehicle's parts alone by their true shapes, in the order of <see cref="Bounds"/>; built on first use.</summary>
    internal IReadOnlyList<SetVolumes> Each => each ??= [.. shapes.Select(s => SetVolumes.Of(s.Parts))];

    /// <summary>Masts and other tall thin parts, which must not stand beside a face.</summary>
    internal Tangents.Upright[] Uprights { get; }

    /// <summary>The vehicles at film time t: the set's own parked cars and moored boats, and those the scene stages then.</summary>
    public static PictureVehicles At(IWorldView world, SetGeometry set, double t)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(set);
        var staged = world.Vehicles(t);
        if (staged.Count == 0) return Parked(set);
        return new([.. set.ParkedVehicles, .. staged]);
    }

    /// <summary>The set's own parked cars and moored boats, worked out once a set.</summary>
    static PictureVehicles Parked(SetGeometry set) =>
        set.ParkedVehicles.IsDefaultOrEmpty ? None : parked.GetValue(set, s => new PictureVehicles(s.ParkedVehicles));

    /// <summary>
    /// These vehicles less any that people stand or sit in (metres, their positions): the car a subject drives is
    /// part of the shot of them, not something in its way.
    /// </summary>
    public PictureVehicles Without(IEnumerable<Vector3> people)
    {
        var inside = people.ToArray();
        if (inside.Length == 0 || shapes.IsEmpty) return this;
        bool Carries(VehicleShape v) => inside.Any(p => v.Bounds.Inflate(Aboard).Contains(p with { Y = v.Bounds.Centre.Y }));
        return shapes.Any(Carries) ? new PictureVehicles([.. shapes.Where(v => !Carries(v))]) : this;
    }

    /// <summary>How near a vehicle's box (metres) someone must be, on the ground, to count as riding in it.</summary>
    const float Aboard = 0.1f;

    /// <summary>Whether a camera at p (metres) stands inside a vehicle's box grown by margin metres.</summary>
    public bool Encloses(Vector3 p, float margin)
    {
        foreach (var box in Bounds)
            if (box.Inflate(margin).Contains(p)) return true;
        return false;
    }
}
